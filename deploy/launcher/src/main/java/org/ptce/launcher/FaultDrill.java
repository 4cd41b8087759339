package org.ptce.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The fault drill: during a burst of submissions through the HTTP API, kills each part of the platform in turn with
 * {@code kill -9} (every service, the Kafka broker, PostgreSQL's postmaster), lets the launcher's supervisor bring it
 * back, then checks in every service's tables that each candidacy reached the state its answers promised, each
 * effect once, nothing on a dead-letter topic. It prints what it did and the figures; it exits with 1 when a promise
 * was broken.
 * <p>
 * {@code ./deploy/faults.sh [--submissions N] [--rate PER_SECOND] [--clients N] [--kill a,b,...]}: it starts its own
 * platform (embedded PostgreSQL and Kafka, free ports, data in {@code .fault-drill-data}, reset each time), so it can
 * run beside the one of {@code ./deploy/run.sh}. The launcher's tests run a reduced form on their platform.
 */
final class FaultDrill {

    static final String USAGE = """
            Usage: ./deploy/faults.sh [options]

              --submissions N      dossiers submitted during the drill (default 1000)
              --rate R             dossiers per second (default 3.5: the burst lasts through every kill)
              --clients N          holders submitting at once (default 8)
              --kill A,B,...       what to kill, in that order (default: every service, kafka, postgres)
              --help               this text
            """;
    private static final Duration RECOVERY_TIMEOUT = Platform.SERVICE_START_TIMEOUT.plusSeconds(60);
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper json = new ObjectMapper();

    /** How hard the drill pushes, and what it kills. */
    record Settings(int submissions, double perSecond, int clients, List<String> kills, Duration settle) {

        static Settings defaults() {
            var kills = new ArrayList<>(PlatformService.names());
            kills.add(Platform.KAFKA);
            kills.add(Platform.POSTGRES);
            return new Settings(1000, 3.5, 8, List.copyOf(kills), Duration.ofSeconds(5));
        }

        static Settings parse(String[] args) {
            var settings = defaults();
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                String value = i + 1 < args.length ? args[++i] : "";
                try {
                    settings = switch (option) {
                        case "--submissions" -> settings.with(Integer.parseInt(value), settings.perSecond(),
                                settings.clients(), settings.kills());
                        case "--rate" -> settings.with(settings.submissions(), Double.parseDouble(value),
                                settings.clients(), settings.kills());
                        case "--clients" -> settings.with(settings.submissions(), settings.perSecond(),
                                Integer.parseInt(value), settings.kills());
                        case "--kill" -> settings.with(settings.submissions(), settings.perSecond(),
                                settings.clients(), List.of(value.split(",")));
                        default -> throw new IllegalArgumentException("Unknown option " + option);
                    };
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(option + " needs a number, not '" + value + "'");
                }
            }
            for (String kill : settings.kills()) {
                if (!kill.equals(Platform.KAFKA) && !kill.equals(Platform.POSTGRES)) {
                    PlatformService.named(kill);
                }
            }
            return settings;
        }

        Settings with(int submissions, double perSecond, int clients, List<String> kills) {
            if (submissions < 1 || perSecond <= 0 || clients < 1) {
                throw new IllegalArgumentException("--submissions, --rate and --clients must be positive");
            }
            return new Settings(submissions, perSecond, clients, kills, settle);
        }
    }

    /** One kill: what died, and how long until it answered again. */
    record Recovery(String component, long pid, Duration back, boolean recovered) {

        String boundBy() {
            return switch (component) {
                case Platform.KAFKA -> "a JVM start and the broker's log recovery";
                case Platform.POSTGRES -> "the dead postmaster's backends exiting, then WAL replay";
                default -> "a JVM and Spring start (Flyway, Kafka consumers, for workflow the engine)";
            };
        }
    }

    /** What the drill did and found. */
    record Report(Settings settings, SubmissionBurst.Answers answers, List<Recovery> recoveries,
            DrillAudit.Findings findings, long deadLetters, Duration drained) {

        boolean passed() {
            return findings.clean() && deadLetters == 0 && recoveries.stream().allMatch(Recovery::recovered);
        }

        List<String> lines() {
            var lines = new ArrayList<String>();
            lines.add("Dossiers tried: " + answers.dossiers() + " (" + answers.requests() + " HTTP requests, "
                    + settings.clients() + " holders at once, " + settings.perSecond() + "/s)");
            lines.add("Accepted: " + answers.created().size() + " drafts created, " + answers.submitted().size()
                    + " submitted; " + answers.decided().size() + " declared admissible"
                    + (answers.undecided() > 0 ? " (" + answers.undecided() + " decisions never acknowledged)" : ""));
            lines.add("Refused or unanswered: " + (answers.refusals().isEmpty() ? "none" : answers.refusals()));
            for (Recovery recovery : recoveries) {
                lines.add(String.format("kill -9 %s (pid %d): %s in %.1f s, bound by %s", recovery.component(),
                        recovery.pid(), recovery.recovered() ? "back" : "NOT back", recovery.back().toMillis()
                                / 1000.0, recovery.boundBy()));
            }
            lines.add("Stored: " + findings.candidacies() + " candidacies " + findings.byStatus() + ", "
                    + findings.processes() + " processes started");
            lines.add("Duplicates: " + findings.duplicates() + "; lost: " + findings.lost() + "; not in the state "
                    + "promised: " + findings.unfinished() + "; on a dead-letter topic: " + deadLetters
                    + String.format(" (settled %.1f s after the burst)", drained.toMillis() / 1000.0));
            findings.problems().stream().limit(20).forEach(problem -> lines.add("  " + problem));
            lines.add(passed() ? "Every promise kept." : "PROMISES BROKEN.");
            return lines;
        }
    }

    private final Platform platform;
    private final PlatformApi api;
    private final Path seeds;
    private final Settings settings;

    FaultDrill(Platform platform, Path seeds, Settings settings) {
        this.platform = platform;
        this.api = new PlatformApi(platform::serviceUrl);
        this.seeds = seeds;
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        var parsed = CommandLine.parse(args, USAGE, Settings::parse);
        if (parsed.isEmpty()) {
            return;
        }
        Settings settings = parsed.get();
        var layout = RepositoryLayout.ofThisBuild();
        var options = LaunchOptions.ofItsOwn(layout, ".fault-drill-data");
        Log.info("Starting a platform of its own for the drill (data in " + options.dataDirectory() + ")");
        boolean passed;
        try (var platform = Platform.start(options, layout)) {
            platform.supervise();
            var report = new FaultDrill(platform, layout.seeds(), settings).run();
            report.lines().forEach(Log::info);
            passed = report.passed();
        }
        System.exit(passed ? 0 : 1);
    }

    Report run() throws Exception {
        var coordinator = new SubmissionBurst.Holder("coordination@labo-ess.example", "demo-coordination", null);
        String callId = new CallStory(api, seeds).openCall(api.signIn(coordinator.username(), coordinator.password()),
                Instant.now().plus(Duration.ofHours(6)), "P10D");
        Log.info("Call " + callId + " open; " + settings.submissions() + " dossiers at " + settings.perSecond()
                + "/s, then kill -9 of " + String.join(", ", settings.kills()));
        var burst = new SubmissionBurst(api, callId, SubmissionBurst.seededHolders(seeds), coordinator);
        var answers = CompletableFuture.supplyAsync(() -> {
            try {
                return burst.run(settings.submissions(), settings.perSecond(), settings.clients(), DRAIN_TIMEOUT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        int warmUp = Math.min(settings.submissions() / 10, 40);
        waitUntil(Duration.ofMinutes(2), () -> burst.sentSoFar() >= warmUp);

        var recoveries = new ArrayList<Recovery>();
        for (String component : settings.kills()) {
            if (burst.sentSoFar() >= settings.submissions()) {
                Log.warn("The burst is over before the kill of " + component
                        + ": a lower --rate keeps it going through every kill");
            }
            recoveries.add(killAndAwaitRecovery(component));
            TimeUnit.MILLISECONDS.sleep(settings.settle().toMillis());
        }
        var answered = answers.get();
        Log.info("Burst over: " + answered.submitted().size() + " submitted; waiting for the platform to settle");

        long drainStart = System.nanoTime();
        long deadline = drainStart + DRAIN_TIMEOUT.toNanos();
        DrillAudit.Findings findings;
        long deadLetters;
        while (true) {
            try (var database = platform.adminConnection()) {
                findings = DrillAudit.audit(database, callId, CallStory.NETWORKS.size(), answered);
            }
            deadLetters = deadLetters();
            if (findings.clean() && deadLetters == 0 || System.nanoTime() > deadline) {
                break;
            }
            TimeUnit.SECONDS.sleep(2);
        }
        return new Report(settings, answered, recoveries, findings, deadLetters,
                Duration.ofNanos(System.nanoTime() - drainStart));
    }

    /** kill -9, then the time until the launcher's supervisor has it answering again. */
    private Recovery killAndAwaitRecovery(String component) throws Exception {
        var process = platform.process(component).orElseThrow(() -> new IllegalStateException(
                component + " does not run as a process of this platform (an external server?)"));
        Log.info("kill -9 " + component + " (pid " + process.pid() + ")");
        long killed = System.nanoTime();
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
        boolean back;
        // One client for the whole wait: it reconnects by itself once the broker is back on its address.
        try (var kafka = Platform.KAFKA.equals(component) ? kafkaAdmin() : null) {
            back = waitUntil(RECOVERY_TIMEOUT, () -> answers(component, process.pid(), kafka));
        }
        var recovery = new Recovery(component, process.pid(), Duration.ofNanos(System.nanoTime() - killed), back);
        Log.info(component + (back ? " is back" : " is NOT back") + String.format(" after %.1f s",
                recovery.back().toMillis() / 1000.0));
        return recovery;
    }

    private boolean answers(String component, long deadPid, Admin kafka) throws Exception {
        var restarted = platform.process(component);
        if (restarted.isEmpty() || restarted.get().pid() == deadPid) {
            return false;
        }
        switch (component) {
            case Platform.POSTGRES -> {
                try (var database = platform.adminConnection(); var statement = database.createStatement()) {
                    return statement.execute("select 1");
                } catch (SQLException notYet) {
                    return false;
                }
            }
            case Platform.KAFKA -> {
                try {
                    kafka.listTopics().names().get(3, TimeUnit.SECONDS);
                    return true;
                } catch (Exception notYet) {
                    return false;
                }
            }
            default -> {
                return status(platform.managementUrl(PlatformService.named(component))
                        + "/actuator/health/readiness") == 200;
            }
        }
    }

    private Admin kafkaAdmin() {
        var config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        return Admin.create(config);
    }

    /** The dead letters waiting on every service that consumes messages. */
    private long deadLetters() throws Exception {
        long waiting = 0;
        for (PlatformService service : PlatformService.values()) {
            var response = get(platform.managementUrl(service) + "/actuator/deadletters");
            if (response != null && response.statusCode() == 200) {
                waiting += json.readTree(response.body()).path("waiting").asLong();
            }
        }
        return waiting;
    }

    private static int status(String url) {
        var response = get(url);
        return response == null ? 0 : response.statusCode();
    }

    private static HttpResponse<String> get(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException notAnswering) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static boolean waitUntil(Duration timeout, Condition condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return true;
    }
}
