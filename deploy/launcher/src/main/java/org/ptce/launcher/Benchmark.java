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
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
                             holder submitting the next dossier once the last one is answered); the
                             coordinators' decisions then go at the same rate
              --clients N    holders submitting at once (default 8)
              --warm-up N    dossiers submitted first, the same way, and left out of the figures (default 200):
                             the services' first requests compile their code and fill their pools
              --jvm-options "OPTS"
                             the services' JVM options, to compare them (default: the platform's, as
                             ./deploy/run.sh gives them)
              --profile      records each JVM (the services, Kafka) with Java Flight Recorder over the measured
                             phases (files in .bench-data/profile) and prints where its processor time went
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

    /** Admissibility checks begun and waits for reviewers ended, in the whole engine: two counts. */
    private static final String PROGRESS = """
            select (select count(*) from workflow.act_hi_taskinst where task_def_key_ = 'CheckAdmissibility'),
              (select count(*) from workflow.act_hi_actinst where act_id_ = 'AwaitReviewers'
                 and end_time_ is not null)
            """;

    /** How far the engine's candidacies went: checks begun, reviewers assigned. */
    record Progress(long checks, long assigned) {
    }

    /** How hard the benchmark pushes, and the services' JVM options (empty: the platform's defaults). */
    record Settings(int dossiers, double perSecond, int clients, int warmUp, List<String> jvmOptions,
            boolean profile) {

        static Settings parse(String[] args) {
            int dossiers = 6214;
            double perSecond = Double.POSITIVE_INFINITY;
            int clients = 8;
            int warmUp = 200;
            List<String> jvmOptions = List.of();
            boolean profile = false;
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                if (option.equals("--profile")) {
                    profile = true;
                    continue;
                }
                String value = i + 1 < args.length ? args[++i] : "";
                try {
                    switch (option) {
                        case "--dossiers" -> dossiers = Integer.parseInt(value);
                        case "--rate" -> perSecond = Double.parseDouble(value);
                        case "--clients" -> clients = Integer.parseInt(value);
                        case "--warm-up" -> warmUp = Integer.parseInt(value);
                        case "--jvm-options" -> jvmOptions = Arrays.stream(value.trim().split("\\s+"))
                                .filter(each -> !each.isBlank()).toList();
                        default -> throw new IllegalArgumentException("Unknown option " + option);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
                }
            }
            if (dossiers < 1 || clients < 1 || !(perSecond > 0) || warmUp < 0) {
                throw new IllegalArgumentException("--dossiers, --rate and --clients must be positive, --warm-up "
                        + "not negative");
            }
            return new Settings(dossiers, perSecond, clients, warmUp, jvmOptions, profile);
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

    /**
     * What each process used of the processors over a phase (for PostgreSQL, its postmaster and live backends), and
     * what the whole machine did meanwhile, from /proc/stat: busy, waiting for the disk, idle.
     */
    record CpuProfile(Map<String, Duration> used, Duration wall, long busyTicks, long ioWaitTicks, long totalTicks) {

        static CpuProfile between(CpuSnapshot before, CpuSnapshot after) {
            var used = new LinkedHashMap<String, Duration>();
            after.used().forEach((component, total) -> used.put(component,
                    total.minus(before.used().getOrDefault(component, Duration.ZERO))));
            return new CpuProfile(used, Duration.ofNanos(after.nanoTime() - before.nanoTime()),
                    after.busyTicks() - before.busyTicks(), after.ioWaitTicks() - before.ioWaitTicks(),
                    after.totalTicks() - before.totalTicks());
        }

        double percentOfMachine(long ticks) {
            return totalTicks == 0 ? 0 : 100.0 * ticks / totalTicks;
        }

        /** Milliseconds of processor per item that went through the phase. */
        double millisecondsEach(Duration cpu, int items) {
            return items == 0 ? 0 : cpu.toNanos() / 1e6 / items;
        }
    }

    /** Processor time used so far by each process, and the machine's counters (in clock ticks) at that moment. */
    record CpuSnapshot(Map<String, Duration> used, long nanoTime, long busyTicks, long ioWaitTicks, long totalTicks) {
    }

    private static final String CLIENTS = "the benchmark's clients (holders, coordinators)";

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
        if (!settings.jvmOptions().isEmpty()) {
            options = options.withServiceJvmOptions(settings.jvmOptions());
        }
        Log.info("Starting a platform of its own for the benchmark (data in " + options.dataDirectory() + ")");
        long starting = System.nanoTime();
        try (var platform = Platform.start(options, layout)) {
            // Stopped with Ctrl-C, the benchmark stops its platform too (close is idempotent).
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "benchmark-platform-shutdown"));
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
            Progress beforeWarmUp = progress();
            var warmUp = new SubmissionBurst(api, callId, holders, coordinator, 0)
                    .run(settings.warmUp(), settings.perSecond(), settings.clients(), DRAIN_TIMEOUT);
            drained(callId, warmUp.submitted(), Set.of(), beforeWarmUp);
            drained(callId, warmUp.submitted(), decideAll(warmUp.submitted(), coordinator, new TreeMap<>()),
                    beforeWarmUp);
            Log.info("Warmed up with " + warmUp.submitted().size() + " dossiers");
        }
        var burst = new SubmissionBurst(api, callId, holders, coordinator, 0);
        Progress progressBeforeBurst = progress();
        var recordings = settings.profile() ? FlightRecordings.start(javaProcesses(),
                platform.dataDirectory().resolve("profile")) : null;
        CpuSnapshot beforeBurst = cpuSnapshot();
        long burstStart = System.nanoTime();
        var answers = burst.run(settings.dossiers(), settings.perSecond(), settings.clients(), DRAIN_TIMEOUT);
        Duration burstTook = Duration.ofNanos(System.nanoTime() - burstStart);
        Log.info("Burst over in " + seconds(burstTook) + ": " + answers.submitted().size() + " submitted; waiting "
                + "for every admissibility check");
        drained(callId, answers.submitted(), Set.of(), progressBeforeBurst);
        CpuSnapshot beforeDecisions = cpuSnapshot();
        var submissionProfile = CpuProfile.between(beforeBurst, beforeDecisions);
        Log.info("Declaring them all admissible, " + settings.clients() + " coordinators at once");
        var refusedDecisions = new TreeMap<String, Integer>();
        Set<String> decided = decideAll(answers.submitted(), coordinator, refusedDecisions);
        List<Timeline> timelines = drained(callId, answers.submitted(), decided, progressBeforeBurst);
        var decisionProfile = CpuProfile.between(beforeDecisions, cpuSnapshot());
        var profiles = recordings == null ? List.<FlightRecordings.Summary>of() : recordings.stop();
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
        lines.addAll(profileLines(submissionProfile, answers.submitted().size(), decisionProfile, decided.size()));
        lines.add("");
        if (!profiles.isEmpty()) {
            lines.add("Where each JVM's processor time went, over both phases (Java Flight Recorder's execution "
                    + "samples; the recordings are in " + platform.dataDirectory().resolve("profile") + "):");
            for (var profile : profiles) {
                lines.addAll(profile.lines(10));
            }
            lines.add("");
        }
        lines.add("Throughput: those that went through the path, over the time from the first one's start to the last "
                + "one's end. Latencies: each candidacy's own, from the services' timestamps (applications' "
                + "submitted_at, the engine's history), but the HTTP line's, which the holders' clients measure.");
        return lines;
    }

    /**
     * Where the processors went: each process's share in the submissions (burst until every check waits) and in the
     * decisions (first decision until every assignment), per dossier, and how busy the machine was.
     */
    static List<String> profileLines(CpuProfile submissions, int submitted, CpuProfile decisions, int decided) {
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "| process | CPU, submissions (%s) | per dossier | CPU, decisions (%s) "
                + "| per decision |", seconds(submissions.wall()), seconds(decisions.wall())));
        lines.add("|---|---|---|---|---|");
        Duration submissionsTotal = Duration.ZERO;
        Duration decisionsTotal = Duration.ZERO;
        for (var component : submissions.used().keySet()) {
            Duration inSubmissions = submissions.used().get(component);
            Duration inDecisions = decisions.used().getOrDefault(component, Duration.ZERO);
            lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f ms | %s | %.1f ms |", component,
                    seconds(inSubmissions), submissions.millisecondsEach(inSubmissions, submitted),
                    seconds(inDecisions), decisions.millisecondsEach(inDecisions, decided)));
            submissionsTotal = submissionsTotal.plus(inSubmissions);
            decisionsTotal = decisionsTotal.plus(inDecisions);
        }
        lines.add(String.format(Locale.ROOT, "| all of them | %s | %.1f ms | %s | %.1f ms |", seconds(submissionsTotal),
                submissions.millisecondsEach(submissionsTotal, submitted), seconds(decisionsTotal),
                decisions.millisecondsEach(decisionsTotal, decided)));
        lines.add(String.format(Locale.ROOT, "| the machine: busy / waiting for the disk | %.0f %% / %.0f %% | | "
                + "%.0f %% / %.0f %% | |", submissions.percentOfMachine(submissions.busyTicks()),
                submissions.percentOfMachine(submissions.ioWaitTicks()),
                decisions.percentOfMachine(decisions.busyTicks()), decisions.percentOfMachine(decisions.ioWaitTicks())));
        return lines;
    }

    private CpuSnapshot cpuSnapshot() throws IOException {
        var used = new LinkedHashMap<String, Duration>();
        for (String component : components()) {
            Optional<ProcessHandle> process = platform.process(component);
            if (process.isPresent()) {
                used.put(component, withDescendants(process.get(), component).stream()
                        .map(each -> each.info().totalCpuDuration().orElse(Duration.ZERO))
                        .reduce(Duration.ZERO, Duration::plus));
            }
        }
        used.put(CLIENTS, ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        // cpu  user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
        String[] machine = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i <= Math.min(8, machine.length - 1); i++) {
            total += Long.parseLong(machine[i]);
        }
        long idle = Long.parseLong(machine[4]);
        long ioWait = Long.parseLong(machine[5]);
        return new CpuSnapshot(used, System.nanoTime(), total - idle - ioWait, ioWait, total);
    }

    private Map<String, ProcessHandle> javaProcesses() throws IOException {
        var services = new LinkedHashMap<String, ProcessHandle>();
        var components = new ArrayList<String>();
        components.add(Platform.KAFKA);
        components.addAll(PlatformService.names());
        for (String service : components) {
            platform.process(service).ifPresent(process -> services.put(service, process));
        }
        return services;
    }

    private static List<String> components() {
        var components = new ArrayList<String>();
        components.add(Platform.POSTGRES);
        components.add(Platform.KAFKA);
        components.addAll(PlatformService.names());
        return components;
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
     * next decision once the last is answered, paced at the holders' rate when there is one; those acknowledged
     * (204).
     */
    private Set<String> decideAll(Set<String> candidacyIds, SubmissionBurst.Holder person,
            Map<String, Integer> refused) throws Exception {
        var waiting = new ConcurrentLinkedQueue<>(candidacyIds);
        Set<String> decided = ConcurrentHashMap.newKeySet();
        var refusals = new ConcurrentHashMap<String, Integer>();
        // Signed in now, and again when the token is refused: a long run outlives an access token.
        var token = new AtomicReference<>(api.signIn(person.username(), person.password()));
        var coordinators = new ArrayList<Thread>();
        long start = System.nanoTime();
        var next = new AtomicInteger();
        for (int i = 0; i < settings.clients(); i++) {
            var coordinator = new Thread(() -> {
                String candidacyId;
                while ((candidacyId = waiting.poll()) != null) {
                    SubmissionBurst.pace(start, next.getAndIncrement(), settings.perSecond());
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
     * Waits until, since {@code before}, as many admissibility checks began as candidacies were submitted, and as many
     * waits for reviewers ended as decisions were taken; then their timelines. The wait counts with two cheap queries a second:
     * the timelines' query, polled instead, cost PostgreSQL some 180 ms a second at 6,000 candidacies, processor
     * time taken from the platform it measures.
     */
    private List<Timeline> drained(String callId, Set<String> submitted, Set<String> decided, Progress before)
            throws Exception {
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (true) {
            Progress now = progress();
            long checks = now.checks() - before.checks();
            long assigned = now.assigned() - before.assigned();
            if (checks >= submitted.size() && assigned >= decided.size()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                Log.warn("Not drained after " + seconds(DRAIN_TIMEOUT) + ": " + checks + " checks of "
                        + submitted.size() + ", " + assigned + " assignments of " + decided.size());
                break;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        try (var database = platform.adminConnection()) {
            return timelines(database, callId).stream()
                    .filter(timeline -> submitted.contains(timeline.candidacyId())).toList();
        }
    }

    private Progress progress() throws SQLException {
        try (var database = platform.adminConnection(); var statement = database.prepareStatement(PROGRESS);
                var rows = statement.executeQuery()) {
            rows.next();
            return new Progress(rows.getLong(1), rows.getLong(2));
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
        var memory = new ArrayList<Memory>();
        for (String component : components()) {
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
