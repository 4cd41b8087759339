package org.ptce.launcher;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded default: {@code java -jar deploy/launcher/target/launcher.jar} starts the whole platform on this
 * machine and keeps it running until Ctrl-C.
 */
public final class PlatformLauncher {

    private PlatformLauncher() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(LaunchOptions.USAGE);
            return;
        }
        var layout = RepositoryLayout.ofThisBuild();
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, layout);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }

        long started = System.nanoTime();
        var stopped = new CountDownLatch(1);
        var platform = new Platform(options, layout);
        // Registered before anything starts: Ctrl-C while starting stops what has started.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Log.info("Stopping the platform…");
            platform.close();
            Log.info("Stopped.");
            stopped.countDown();
        }, "platform-shutdown"));
        try {
            platform.start();
        } catch (Exception e) {
            Log.warn("The platform could not start: " + e.getMessage());
            Log.warn("Logs are in " + platform.logDirectory());
            System.exit(1);
            return;
        }

        printSummary(platform, options, (System.nanoTime() - started) / 1_000_000_000);
        platform.supervise();
        stopped.await();
    }

    private static void printSummary(Platform platform, LaunchOptions options, long seconds) {
        var summary = new StringBuilder();
        summary.append("\nThe PTCE platform is up (").append(seconds).append(" s).\n\n");
        // The web application first: where a person begins; the rest is for developers and operators.
        summary.append(String.format("  Start here: %s/  (the platform in a browser; demo accounts in"
                + " seeds/accounts.json)%n%n", platform.serviceUrl(PlatformService.WEB)));
        for (PlatformService service : PlatformService.values()) {
            if (service == PlatformService.WEB || service == PlatformService.IDENTITY) {
                continue;
            }
            String url = platform.serviceUrl(service);
            summary.append(String.format("  %-13s %s/api   OpenAPI UI: %s/swagger-ui.html%n", service.serviceName(),
                    url, url));
        }
        summary.append(String.format("  %-13s %s  (sign-in; demo accounts in seeds/accounts.json; token for a shell:"
                + " deploy/token.sh)%n", "identity", platform.issuerUri()));
        String workflow = platform.serviceUrl(PlatformService.WORKFLOW);
        summary.append(String.format("  %-13s %s/camunda/app/cockpit/  (sign in as a coordinator)%n", "Cockpit",
                workflow));
        summary.append(String.format("  %-13s %s/camunda/app/tasklist/%n", "Tasklist", workflow));
        summary.append(String.format("  %-13s %s/api/public/calls%n", "Public calls",
                platform.serviceUrl(PlatformService.PUBLICATION)));
        summary.append("\n");
        summary.append(String.format("  Kafka bootstrap  %s%n", platform.kafkaBootstrapServers()));
        summary.append(String.format("  PostgreSQL       %s%n", platform.jdbcUrl()));
        if (options.externalPostgres() == null) {
            summary.append(String.format("                   user postgres, password in %s%n",
                    platform.dataDirectory().resolve("postgres-superuser-password")));
        }
        if (platform.mailCatcher() != null) {
            summary.append(String.format("  Mail catcher     smtp://localhost:%d (every mail is shown here and saved in"
                    + " %s)%n", platform.mailCatcher().port(), platform.mailCatcher().savedIn()));
        }
        summary.append(String.format("  Data             %s%n", platform.dataDirectory()));
        summary.append(String.format("  Logs             %s (rolled at 10 MB; JSON lines with"
                + " LOGGING_STRUCTURED_FORMAT_FILE=ecs)%n", platform.logDirectory()));
        summary.append(String.format("  Operations       each service's HTTP port + %d, on loopback:"
                + " /actuator/health, /actuator/prometheus, /actuator/deadletters (e.g. %s/actuator/prometheus)%n",
                PlatformService.MANAGEMENT_PORT_OFFSET, platform.managementUrl(PlatformService.APPLICATIONS)));
        summary.append("\nPress Ctrl-C to stop.\n");
        System.out.println(summary);
    }
}
