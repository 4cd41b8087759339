package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The deadline rush, measured: holders submit a burst of dossiers to one call through the HTTP API, then
 * coordinators declare them all admissible as fast as they are answered, on a platform of its own (embedded
 * PostgreSQL and Kafka, free ports, data in {@code .bench-data}, reset each time). Then it reads each path's figures
 * from the services' own timestamps (the candidacy's submission in applications, the engine's history in workflow)
 * and prints, for each path, its throughput and latency percentiles, with the memory of every process; and, in the
 * same run, the raw engine on the path from submission to admissibility check (workflow's {@code EngineBaseline}),
 * as the ratio the platform's figure is worth.
 * <p>
 * {@code ./deploy/bench.sh [--dossiers N] [--rate PER_SECOND] [--clients N]}. Run on purpose; not a test.
 */
final class Benchmark {

    static final String USAGE = """
            Usage: ./deploy/bench.sh [options]

              --dossiers N   dossiers submitted (default 6214: the ANR's 2024 call, behind one deadline)
              --rate R       R dossiers per second, paced over the holders (each still waits for its answer:
                             raise --clients to hold the rate when answers are slow) (default: closed loop, each
                             holder submitting the next dossier once the last one is answered)
              --clients N    holders submitting at once (default 8)
              --warm-up N    dossiers submitted first, the same way, and left out of the figures (default 200):
                             the services' first requests compile their code and fill their pools
              --help         this text
            """;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(15);
    private static final String BASELINE_DATABASE = "engine_baseline";
    /** As many as the machine's cores: the raw engine's best on them. */
    private static final int BASELINE_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /**
     * Each submitted candidacy: when applications took its submission, when workflow's admissibility check began
     * waiting, when the coordinator's decision completed it, and when the process, told its reviewers, left the wait
     * for them. One query for the whole call.
     */
    private static final String PATHS = """
            select c.id::text as id, c.submitted_at,
              (select min(t.start_time_) from workflow.act_hi_taskinst t
                 where t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'CheckAdmissibility') as check_waiting,
              (select min(t.end_time_) from workflow.act_hi_taskinst t
                 where t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'CheckAdmissibility'
                   and t.delete_reason_ = 'completed') as decided,
              (select min(a.end_time_) from workflow.act_hi_actinst a
                 where a.proc_inst_id_ = p.id_ and a.act_id_ = 'AwaitReviewers') as reviewers_assigned
            from applications.candidacies c
            left join workflow.act_hi_procinst p
              on p.proc_def_key_ = 'ptce-candidacy' and p.business_key_ = c.id::text
            where c.call_id = ?::uuid and c.submitted_at is not null
            """;

    /** How hard the benchmark pushes. */
    record Settings(int dossiers, double perSecond, int clients, int warmUp) {

        static Settings parse(String[] args) {
            var settings = new Settings(6214, Double.POSITIVE_INFINITY, 8, 200);
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                String value = i + 1 < args.length ? args[++i] : "";
                try {
                    settings = switch (option) {
                        case "--dossiers" -> new Settings(Integer.parseInt(value), settings.perSecond(),
                                settings.clients(), settings.warmUp());
                        case "--rate" -> new Settings(settings.dossiers(), Double.parseDouble(value),
                                settings.clients(), settings.warmUp());
                        case "--clients" -> new Settings(settings.dossiers(), settings.perSecond(),
                                Integer.parseInt(value), settings.warmUp());
                        case "--warm-up" -> new Settings(settings.dossiers(), settings.perSecond(),
                                settings.clients(), Integer.parseInt(value));
                        default -> throw new IllegalArgumentException("Unknown option " + option);
                    };
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
                }
            }
            if (settings.dossiers() < 1 || settings.clients() < 1 || !(settings.perSecond() > 0)
                    || settings.warmUp() < 0) {
                throw new IllegalArgumentException("--dossiers, --rate and --clients must be positive, --warm-up "
                        + "not negative");
            }
            return settings;
        }

        String mode() {
            return Double.isInfinite(perSecond) ? "closed loop" : "open loop at " + perSecond + "/s";
        }
    }

    /** One candidacy's timestamps along the paths; null where it did not get there. */
    record Timeline(String candidacyId, Instant submitted, Instant checkWaiting, Instant decided,
            Instant reviewersAssigned) {
    }

    /**
     * A path's figures: how many went through it, over what span (the first one's start to the last one's end), at
     * what rate, how long each took.
     */
    record PathFigures(String name, int count, int expected, Duration span, double perSecond, Duration p50,
            Duration p95, Duration p99, Duration max) {

        static PathFigures of(String name, int expected, List<Instant[]> startsAndEnds) {
            var took = startsAndEnds.stream().map(pair -> Duration.between(pair[0], pair[1])).toList();
            if (took.isEmpty()) {
                return of(name, expected, took, Duration.ZERO);
            }
            Instant first = startsAndEnds.stream().map(pair -> pair[0]).min(Comparator.naturalOrder()).orElseThrow();
            Instant last = startsAndEnds.stream().map(pair -> pair[1]).max(Comparator.naturalOrder()).orElseThrow();
            return of(name, expected, took, Duration.between(first, last));
        }

        static PathFigures of(String name, int expected, List<Duration> took, Duration span) {
            var sorted = took.stream().sorted().toList();
            return new PathFigures(name, sorted.size(), expected, span,
                    sorted.size() / Math.max(span.toNanos() / 1e9, 1e-3), percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100));
        }

        String line() {
            return String.format(Locale.ROOT, "| %s | %d of %d | %.1f/s | %s | %s | %s | %s |", name, count,
                    expected, perSecond, seconds(p50), seconds(p95), seconds(p99), seconds(max));
        }
    }

    /**
     * A process's memory: its proportional share of what is resident (PSS, shared pages split between the processes
     * that map them, so that the figures add up), and its peak resident size (VmHWM; for PostgreSQL, whose backends
     * share its buffers, the postmaster's alone).
     */
    record Memory(String component, long proportionalKb, long peakKb) {
    }

    private final Platform platform;
    private final PlatformApi api;
    private final RepositoryLayout layout;
    private final List<String> jvmOptions;
    private final Settings settings;

    Benchmark(Platform platform, RepositoryLayout layout, List<String> jvmOptions, Settings settings) {
        this.platform = platform;
        this.api = new PlatformApi(platform::serviceUrl);
        this.layout = layout;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        var parsed = CommandLine.parse(args, USAGE, Settings::parse);
        if (parsed.isEmpty()) {
            return;
        }
        Settings settings = parsed.get();
        var layout = RepositoryLayout.ofThisBuild();
        var options = LaunchOptions.ofItsOwn(layout, ".bench-data");
        Log.info("Starting a platform of its own for the benchmark (data in " + options.dataDirectory() + ")");
        long starting = System.nanoTime();
        try (var platform = Platform.start(options, layout)) {
            Duration ready = Duration.ofNanos(System.nanoTime() - starting);
            new Benchmark(platform, layout, options.serviceJvmOptions(), settings).run(ready)
                    .forEach(System.out::println);
        }
    }

    List<String> run(Duration ready) throws Exception {
        var coordinator = new SubmissionBurst.Holder("coordination@labo-ess.example", "demo-coordination", null);
        String coordinatorToken = api.signIn(coordinator.username(), coordinator.password());
        String callId = new CallStory(api, layout.seeds()).openCall(coordinatorToken,
                Instant.now().plus(Duration.ofHours(6)), "P10D");
        Log.info("Call " + callId + " open; " + settings.dossiers() + " dossiers, " + settings.mode() + ", "
                + settings.clients() + " holders at once");
        var holders = SubmissionBurst.seededHolders(layout.seeds());
        if (settings.warmUp() > 0) {
            var warmUp = new SubmissionBurst(api, callId, holders, coordinator, 0)
                    .run(settings.warmUp(), settings.perSecond(), settings.clients(), DRAIN_TIMEOUT);
            drained(callId, warmUp.submitted(), Set.of());
            drained(callId, warmUp.submitted(), decideAll(warmUp.submitted(), coordinator, new TreeMap<>()));
            Log.info("Warmed up with " + warmUp.submitted().size() + " dossiers");
        }
        var burst = new SubmissionBurst(api, callId, holders, coordinator, 0);
        long burstStart = System.nanoTime();
        var answers = burst.run(settings.dossiers(), settings.perSecond(), settings.clients(), DRAIN_TIMEOUT);
        Duration burstTook = Duration.ofNanos(System.nanoTime() - burstStart);
        Log.info("Burst over in " + seconds(burstTook) + ": " + answers.submitted().size() + " submitted; waiting "
                + "for every admissibility check");
        drained(callId, answers.submitted(), Set.of());
        Log.info("Declaring them all admissible, " + settings.clients() + " coordinators at once");
        var refusedDecisions = new TreeMap<String, Integer>();
        Set<String> decided = decideAll(answers.submitted(), coordinator, refusedDecisions);
        List<Timeline> timelines = drained(callId, answers.submitted(), decided);
        var memory = memory();
        Log.info("Measuring the raw engine on the same path: " + answers.submitted().size() + " processes");
        Duration rawEngine = rawEngine(answers.submitted().size());

        var submitted = new ArrayList<Instant[]>();
        var decisions = new ArrayList<Instant[]>();
        for (Timeline timeline : timelines) {
            if (timeline.checkWaiting() != null) {
                submitted.add(new Instant[] {timeline.submitted(), timeline.checkWaiting()});
            }
            if (timeline.decided() != null && timeline.reviewersAssigned() != null) {
                decisions.add(new Instant[] {timeline.decided(), timeline.reviewersAssigned()});
            }
        }
        var lines = new ArrayList<String>();
        lines.add("");
        lines.add("Benchmark of " + LocalDate.now() + ": " + settings.dossiers() + " dossiers, " + settings.mode()
                + ", " + settings.clients() + " holders at once, after " + settings.warmUp() + " to warm up; "
                + Runtime.getRuntime().availableProcessors() + " cores; the services' JVM options: "
                + String.join(" ", jvmOptions));
        lines.add("Platform ready in " + seconds(ready) + "; " + answers.requests() + " HTTP requests of holders, "
                + "refused or unanswered: " + (answers.refusals().isEmpty() ? "none" : answers.refusals())
                + "; decisions refused or unanswered: " + (refusedDecisions.isEmpty() ? "none" : refusedDecisions));
        lines.add("");
        lines.add("| path | done | throughput | p50 | p95 | p99 | max |");
        lines.add("|---|---|---|---|---|---|---|");
        lines.add(PathFigures.of("HTTP draft + submit (holder's view)", settings.dossiers(), burst.submissionTimes(),
                burstTook).line());
        var toCheck = PathFigures.of("submitted → admissibility check waiting", answers.submitted().size(),
                submitted);
        lines.add(toCheck.line());
        double rawPerSecond = answers.submitted().size() / Math.max(rawEngine.toNanos() / 1e9, 1e-3);
        lines.add(String.format(Locale.ROOT, "| the raw engine on the same path (%d threads, no HTTP, no Kafka) | %d "
                + "| %.1f/s | | | | |", BASELINE_THREADS, answers.submitted().size(), rawPerSecond));
        lines.add(PathFigures.of("admissibility decided → reviewers assigned", answers.submitted().size(), decisions)
                .line());
        lines.add("");
        lines.add(String.format(Locale.ROOT, "The platform's submitted → check waiting: %.2f× the raw engine's "
                + "throughput; its burst drained in %.2f× the raw engine's time for the same number.",
                toCheck.perSecond() / rawPerSecond, toCheck.span().toNanos() / (double) rawEngine.toNanos()));
        lines.add("");
        lines.add("| process | memory (PSS) after the burst | peak resident (VmHWM) |");
        lines.add("|---|---|---|");
        long total = 0;
        for (Memory process : memory) {
            lines.add(String.format(Locale.ROOT, "| %s | %d MB | %d MB |", process.component(),
                    process.proportionalKb() / 1024,
                    process.peakKb() / 1024));
            total += process.proportionalKb();
        }
        lines.add(String.format(Locale.ROOT, "| the whole platform | %d MB | |", total / 1024));
        lines.add("");
        lines.add("Throughput: those that went through the path, over the time from the first one's start to the last "
                + "one's end. Latencies: each candidacy's own, from the services' timestamps (applications' "
                + "submitted_at, the engine's history), but the HTTP line's, which the holders' clients measure.");
        return lines;
    }

    /**
     * The raw engine's time to start that many candidacy processes to their admissibility check, in a JVM of its own
     * with the service's jar and JVM options, on a database of its own in the platform's PostgreSQL.
     */
    private Duration rawEngine(int processes) throws Exception {
        var database = platform.scratchDatabase(BASELINE_DATABASE);
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", layout.serviceJar("workflow").toString(),
                "-Dloader.main=org.ptce.workflow.candidacy.EngineBaseline",
                "org.springframework.boot.loader.launch.PropertiesLauncher", database.jdbcUrl(), database.user(),
                database.password(), Integer.toString(processes), Integer.toString(BASELINE_THREADS)));
        Path output = Files.createTempFile("engine-baseline", ".log");
        Process baseline = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .start();
        if (!baseline.waitFor(DRAIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || baseline.exitValue() != 0) {
            baseline.destroyForcibly();
            throw new IllegalStateException("The raw engine's run failed; its output is in " + output);
        }
        for (String line : Files.readAllLines(output)) {
            if (line.startsWith("baseline ")) {
                Files.delete(output);
                return Duration.ofNanos((long) (Double.parseDouble(line.split(" ")[2]) * 1e9));
            }
        }
        throw new IllegalStateException("The raw engine printed no figure; its output is in " + output);
    }

    /**
     * Declares each candidacy admissible, from as many coordinators at once as there were holders, each sending the
     * next decision once the last is answered; those acknowledged (204).
     */
    private Set<String> decideAll(Set<String> candidacyIds, SubmissionBurst.Holder person,
            Map<String, Integer> refused) throws Exception {
        var waiting = new ConcurrentLinkedQueue<>(candidacyIds);
        Set<String> decided = ConcurrentHashMap.newKeySet();
        var refusals = new ConcurrentHashMap<String, Integer>();
        // Signed in now, and again when the token is refused: a long run outlives an access token.
        var token = new AtomicReference<>(api.signIn(person.username(), person.password()));
        var coordinators = new ArrayList<Thread>();
        for (int i = 0; i < settings.clients(); i++) {
            var coordinator = new Thread(() -> {
                String candidacyId;
                while ((candidacyId = waiting.poll()) != null) {
                    try {
                        var answer = decide(candidacyId, token.get());
                        if (answer.status() == 401) {
                            token.set(api.signIn(person.username(), person.password()));
                            answer = decide(candidacyId, token.get());
                        }
                        if (answer.status() == 204) {
                            decided.add(candidacyId);
                        } else {
                            refusals.merge("decide: " + answer.status(), 1, Integer::sum);
                        }
                    } catch (Exception unanswered) {
                        refusals.merge("decide: " + unanswered.getClass().getSimpleName(), 1, Integer::sum);
                    }
                }
            }, "coordinator-" + i);
            coordinator.start();
            coordinators.add(coordinator);
        }
        for (Thread coordinator : coordinators) {
            coordinator.join();
        }
        refused.putAll(refusals);
        return Set.copyOf(decided);
    }

    private PlatformApi.Response decide(String candidacyId, String token) throws Exception {
        return api.post(PlatformService.WORKFLOW, "/api/admissibility/checks/" + candidacyId,
                Map.of("outcome", "ADMISSIBLE"), token);
    }

    /**
     * Waits until every one of these submitted candidacies has its check waiting, and every one of those declared
     * admissible its reviewers; their timelines.
     */
    private List<Timeline> drained(String callId, Set<String> submitted, Set<String> decided) throws Exception {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (true) {
            List<Timeline> timelines;
            try (var database = platform.adminConnection()) {
                timelines = timelines(database, callId).stream()
                        .filter(timeline -> submitted.contains(timeline.candidacyId())).toList();
            }
            long checks = timelines.stream().filter(timeline -> timeline.checkWaiting() != null).count();
            long assigned = timelines.stream().filter(timeline -> decided.contains(timeline.candidacyId())
                    && timeline.reviewersAssigned() != null).count();
            if (checks >= submitted.size() && assigned >= decided.size()) {
                return timelines;
            }
            if (System.nanoTime() > deadline) {
                Log.warn("Not drained after " + seconds(DRAIN_TIMEOUT) + ": " + checks + " checks of "
                        + submitted.size() + ", " + assigned + " assignments of " + decided.size());
                return timelines;
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private static List<Timeline> timelines(Connection database, String callId) throws SQLException {
        var timelines = new ArrayList<Timeline>();
        try (var query = database.prepareStatement(PATHS)) {
            query.setString(1, callId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    timelines.add(new Timeline(rows.getString("id"), instant(rows, "submitted_at"),
                            instant(rows, "check_waiting"),
                            instant(rows, "decided"), instant(rows, "reviewers_assigned")));
                }
            }
        }
        return timelines;
    }

    private static Instant instant(java.sql.ResultSet rows, String column) throws SQLException {
        var timestamp = rows.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private List<Memory> memory() throws IOException {
        var components = new ArrayList<String>();
        components.add(Platform.POSTGRES);
        components.add(Platform.KAFKA);
        components.addAll(PlatformService.names());
        var memory = new ArrayList<Memory>();
        for (String component : components) {
            Optional<ProcessHandle> process = platform.process(component);
            if (process.isPresent()) {
                // PostgreSQL's backends are processes of their own, sharing its buffers.
                long proportional = 0;
                for (ProcessHandle each : withDescendants(process.get(), component)) {
                    proportional += figure(Path.of("/proc", Long.toString(each.pid()), "smaps_rollup"), "Pss:");
                }
                memory.add(new Memory(component, proportional, figure(Path.of("/proc",
                        Long.toString(process.get().pid()), "status"), "VmHWM:")));
            }
        }
        return memory;
    }

    private static List<ProcessHandle> withDescendants(ProcessHandle process, String component) {
        var all = new ArrayList<ProcessHandle>();
        all.add(process);
        if (Platform.POSTGRES.equals(component)) {
            process.descendants().forEach(all::add);
        }
        return all;
    }

    /** A figure of a file of /proc/PID, in kB; 0 when the process is gone. */
    private static long figure(Path file, String field) {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                }
            }
        } catch (IOException gone) {
            return 0;
        }
        return 0;
    }

    static Duration percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
    }
}
