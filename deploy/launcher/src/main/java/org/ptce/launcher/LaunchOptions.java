package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the person launching the platform may choose; every option has a default that works on a fresh machine. */
record LaunchOptions(
        Path dataDirectory,
        boolean reset,
        int postgresPort,
        int kafkaPort,
        ExternalPostgres externalPostgres,
        String externalKafka,
        Map<PlatformService, Integer> servicePorts,
        List<String> serviceJvmOptions,
        boolean loadSeeds,
        Mail mail) {

    static final String USAGE = """
            Usage: java -jar deploy/launcher/target/launcher.jar [options]

              --data-dir DIR            where PostgreSQL, Kafka and the logs keep their data (default: .platform-data)
              --reset                   delete that data first and start from the seeds again
              --postgres-port N         port of the embedded PostgreSQL (default 15432)
              --kafka-port N            port of the embedded Kafka broker (default 9092; its controller uses N+1)
              --postgres-url URL        use this PostgreSQL instead (jdbc:postgresql://host:port/database)
              --postgres-user USER      an account there that may create roles and schemas
              --postgres-password PASS  its password (or the environment variable PTCE_POSTGRES_PASSWORD)
              --kafka-bootstrap HOSTS   use this Kafka instead (host:port[,host:port])
              --port SERVICE=N          HTTP port of a service (defaults: web=8080 identity=9000
                                        applications=8081 review=8082 publication=8083 workflow=8084); its
                                        management port (health, metrics, dead letters) is N+1000, on loopback
              --jvm-options "OPTS"      JVM options of the services (default: "-Xmx384m -XX:+UseSerialGC
                                        -XX:TieredStopAtLevel=1")
              --demo-timings            timings for a demonstration: a completion time of seconds is accepted, and
                                        timers fire within two seconds of being due (./deploy/story.sh needs it)
              --smtp-port N             port of the embedded mail catcher (default 3025): every mail is shown here
                                        and saved under DIR/mail
              --smtp HOST:PORT          send the mails through this SMTP server instead (account and TLS: the
                                        services' SPRING_MAIL_* variables)
              --no-seeds                do not load the demo data of seeds/
              --help                    this text
            """;

    /**
     * Timings for a demonstration or a test that tells a whole call in minutes: a completion time of seconds is
     * accepted, and mails leave every two seconds.
     */
    static final List<String> DEMO_TIMINGS = List.of(
            "-Dptce.applications.completion-time.shortest=PT5S",
            "-Dptce.workflow.completion-grace=PT1S",
            "-Dptce.publication.mail.interval=PT2S");

    /** An existing PostgreSQL database, and an account there allowed to create roles and schemas. */
    record ExternalPostgres(String jdbcUrl, String user, String password) {
    }

    /**
     * Where the services send their mails: the embedded catcher on {@code port} when {@code externalHost} is null,
     * else that SMTP server.
     */
    record Mail(String externalHost, int port) {

        static Mail embedded(int port) {
            return new Mail(null, port);
        }
    }

    /**
     * A platform of its own, to run beside another (a drill, a benchmark): every server on a free port, its data in
     * {@code dataFolder} beside the default one, reset at each launch, the seeds loaded, mails caught.
     */
    static LaunchOptions ofItsOwn(RepositoryLayout layout, String dataFolder) throws IOException {
        var ports = new EnumMap<PlatformService, Integer>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service, FreePorts.withNeighbour(PlatformService.MANAGEMENT_PORT_OFFSET));
        }
        var defaults = defaults(layout);
        return new LaunchOptions(defaults.dataDirectory().resolveSibling(dataFolder), true, FreePorts.any(),
                FreePorts.withNeighbour(1), null, null, ports, defaults.serviceJvmOptions(), true,
                Mail.embedded(FreePorts.any()));
    }

    LaunchOptions withServiceJvmOptions(List<String> options) {
        return new LaunchOptions(dataDirectory, reset, postgresPort, kafkaPort, externalPostgres, externalKafka,
                servicePorts, List.copyOf(options), loadSeeds, mail);
    }

    static LaunchOptions defaults(RepositoryLayout layout) {
        var ports = new EnumMap<PlatformService, Integer>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service, service.defaultPort());
        }
        return new LaunchOptions(layout.defaultDataDirectory(), false, 15432, 9092, null, null, ports,
                List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), true,
                Mail.embedded(3025));
    }

    static LaunchOptions parse(String[] args, RepositoryLayout layout) {
        var defaults = defaults(layout);
        Path dataDirectory = defaults.dataDirectory();
        boolean reset = false;
        int postgresPort = defaults.postgresPort();
        int kafkaPort = defaults.kafkaPort();
        String postgresUrl = null;
        String postgresUser = null;
        String postgresPassword = System.getenv("PTCE_POSTGRES_PASSWORD");
        String kafka = null;
        var ports = new EnumMap<>(defaults.servicePorts());
        List<String> jvmOptions = defaults.serviceJvmOptions();
        boolean seeds = true;
        boolean demoTimings = false;
        Mail mail = defaults.mail();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, option)).toAbsolutePath();
                case "--reset" -> reset = true;
                case "--postgres-port" -> postgresPort = port(value(args, ++i, option), option);
                case "--kafka-port" -> kafkaPort = port(value(args, ++i, option), option);
                case "--postgres-url" -> postgresUrl = value(args, ++i, option);
                case "--postgres-user" -> postgresUser = value(args, ++i, option);
                case "--postgres-password" -> postgresPassword = value(args, ++i, option);
                case "--kafka-bootstrap" -> kafka = value(args, ++i, option);
                case "--port" -> {
                    String[] serviceAndPort = value(args, ++i, option).split("=", 2);
                    PlatformService service = PlatformService.named(serviceAndPort[0]);
                    int port = port(serviceAndPort.length == 2 ? serviceAndPort[1] : "", option);
                    if (port + PlatformService.MANAGEMENT_PORT_OFFSET > 65535) {
                        throw new IllegalArgumentException(option + " " + service.serviceName() + " needs a port "
                                + "whose management port, " + PlatformService.MANAGEMENT_PORT_OFFSET
                                + " above, is one too (at most " + (65535 - PlatformService.MANAGEMENT_PORT_OFFSET)
                                + ")");
                    }
                    ports.put(service, port);
                }
                case "--jvm-options" -> jvmOptions = List.of(value(args, ++i, option).trim().split("\\s+"));
                case "--smtp-port" -> mail = Mail.embedded(port(value(args, ++i, option), option));
                case "--smtp" -> {
                    String[] hostAndPort = value(args, ++i, option).split(":", 2);
                    mail = new Mail(hostAndPort[0], port(hostAndPort.length == 2 ? hostAndPort[1] : "", option));
                }
                case "--no-seeds" -> seeds = false;
                case "--demo-timings" -> demoTimings = true;
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        ExternalPostgres external = null;
        if (postgresUrl != null) {
            if (postgresUser == null) {
                throw new IllegalArgumentException("--postgres-url needs --postgres-user");
            }
            external = new ExternalPostgres(postgresUrl, postgresUser, postgresPassword);
        }
        var serviceJvmOptions = new ArrayList<>(jvmOptions);
        if (demoTimings) {
            serviceJvmOptions.addAll(DEMO_TIMINGS);
        }
        return new LaunchOptions(dataDirectory, reset, postgresPort, kafkaPort, external, kafka, ports,
                serviceJvmOptions, seeds, mail);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String value, String option) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a port number (1-65535), not '" + value + "'");
        }
    }
}
