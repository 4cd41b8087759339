package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: PostgreSQL and Kafka (embedded, or given), then the four services, each in its
 * own JVM. Stops in the reverse order.
 */
final class Platform implements AutoCloseable {

    static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(180);
    private static final String DATA_MARKER = ".ptce-platform-data";

    private final LaunchOptions options;
    private final RepositoryLayout layout;
    private final Map<String, String> sharedEnvironment = new HashMap<>();
    private final Map<PlatformService, ServiceProcess> services = new ConcurrentHashMap<>();
    private final Map<PlatformService, Map<String, String>> serviceEnvironments = new EnumMap<>(PlatformService.class);
    private PostgresServer postgres;
    private KafkaServer kafka;
    private String jdbcUrl;
    private String kafkaBootstrapServers;
    private String camundaAdminPassword;
    private volatile boolean closing;

    private Platform(LaunchOptions options, RepositoryLayout layout) {
        this.options = options;
        this.layout = layout;
    }

    static Platform start(LaunchOptions options, RepositoryLayout layout) throws Exception {
        var platform = new Platform(options, layout);
        try {
            platform.startAll();
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        Path data = prepareDataDirectory();
        Path logs = data.resolve("logs");

        if (options.externalPostgres() == null) {
            Log.info("Starting PostgreSQL on port " + options.postgresPort() + " (data in " + data.resolve("postgres")
                    + ")");
            postgres = PostgresServer.start(data, options.postgresPort(), logs.resolve("postgres.log"));
            DatabaseBootstrap.createDatabase(postgres.jdbcUrl("postgres"), PostgresServer.SUPERUSER, "");
            jdbcUrl = postgres.jdbcUrl(DatabaseBootstrap.DATABASE);
        } else {
            jdbcUrl = options.externalPostgres().jdbcUrl();
        }
        String adminUser = options.externalPostgres() == null ? PostgresServer.SUPERUSER
                : options.externalPostgres().user();
        String adminPassword = options.externalPostgres() == null ? "" : options.externalPostgres().password();
        var accounts = DatabaseBootstrap.prepareServices(jdbcUrl, adminUser, adminPassword, PlatformService.names());

        if (options.externalKafka() == null) {
            Log.info("Starting Kafka (KRaft) on port " + options.kafkaPort());
            kafka = KafkaServer.start(data, options.kafkaPort(), layout, logs);
            kafkaBootstrapServers = kafka.bootstrapServers();
        } else {
            kafkaBootstrapServers = options.externalKafka();
        }

        camundaAdminPassword = camundaAdminPassword(data);
        sharedEnvironment.put("SPRING_DATASOURCE_URL", jdbcUrl);
        sharedEnvironment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        for (PlatformService service : PlatformService.values()) {
            var environment = new HashMap<>(sharedEnvironment);
            var account = accounts.get(service.serviceName());
            environment.put("SPRING_DATASOURCE_USERNAME", account.username());
            environment.put("SPRING_DATASOURCE_PASSWORD", account.password());
            if (service == PlatformService.WORKFLOW) {
                environment.put("PTCE_CAMUNDA_ADMIN_PASSWORD", camundaAdminPassword);
            }
            serviceEnvironments.put(service, environment);
        }

        Log.info("Starting " + String.join(", ", PlatformService.names()));
        for (PlatformService service : PlatformService.values()) {
            startService(service);
        }
        for (PlatformService service : PlatformService.values()) {
            services.get(service).awaitReady(SERVICE_START_TIMEOUT);
            Log.info(service.serviceName() + " is ready on " + serviceUrl(service));
        }

        if (options.loadSeeds()) {
            DemoSeeds.loadOnce(layout.seeds(), data, serviceUrl(PlatformService.APPLICATIONS));
        }
    }

    private void startService(PlatformService service) throws IOException {
        services.put(service, ServiceProcess.start(service, options.servicePorts().get(service),
                serviceEnvironments.get(service), layout, options.dataDirectory(), options.serviceJvmOptions()));
    }

    /**
     * Watches the services and starts again any that dies (a crash, a {@code kill -9}): the others keep running, and
     * the restarted one resumes consuming where its consumer group stopped.
     */
    void superviseServices() {
        var supervisor = new Thread(() -> {
            while (!closing) {
                for (ServiceProcess service : List.copyOf(services.values())) {
                    if (!closing && !service.isAlive() && services.get(service.service()) == service) {
                        Log.warn(service.service().serviceName() + " stopped unexpectedly (see " + service.logFile()
                                + "): starting it again");
                        try {
                            restart(service.service());
                            Log.info(service.service().serviceName() + " is ready again on " + service.baseUrl());
                        } catch (Exception e) {
                            Log.warn("Could not restart " + service.service().serviceName() + ": " + e.getMessage());
                        }
                    }
                }
                try {
                    TimeUnit.SECONDS.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "service-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /** Kills one service as a crash would, leaving it down until {@link #restart}; the others keep running. */
    void kill(PlatformService service) {
        services.remove(service).kill();
    }

    /** Starts a service again (after {@link #kill}) and waits until it is ready. */
    void restart(PlatformService service) throws IOException, InterruptedException {
        var running = services.remove(service);
        if (running != null) {
            running.close();
        }
        startService(service);
        services.get(service).awaitReady(SERVICE_START_TIMEOUT);
    }

    String serviceUrl(PlatformService service) {
        return "http://localhost:" + options.servicePorts().get(service);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    String camundaAdminPassword() {
        return camundaAdminPassword;
    }

    Path logDirectory() {
        return options.dataDirectory().resolve("logs");
    }

    @Override
    public void close() {
        closing = true;
        // Services first, all at once; then the servers they were using.
        var stopping = new ArrayList<Thread>();
        for (ServiceProcess service : services.values()) {
            var thread = new Thread(service::close, "stop-" + service.service().serviceName());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                Log.warn("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    private Path prepareDataDirectory() throws IOException {
        Path data = options.dataDirectory().toAbsolutePath();
        if (options.reset() && Files.exists(data)) {
            if (!Files.exists(data.resolve(DATA_MARKER))) {
                throw new IllegalStateException("Refusing to reset " + data + ": it was not made by the launcher");
            }
            Log.info("Resetting " + data);
            stopLeftovers(data);
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(data);
        if (!Files.exists(data.resolve(DATA_MARKER))) {
            Files.writeString(data.resolve(DATA_MARKER), "Data of the PTCE platform's embedded default.\n");
        }
        return data;
    }

    private static void stopLeftovers(Path data) throws IOException {
        List<Path> pidFiles;
        try (Stream<Path> paths = Files.walk(data)) {
            pidFiles = paths.filter(path -> path.getFileName().toString().endsWith(".pid")).toList();
        }
        for (Path pidFile : pidFiles) {
            ChildProcess.stopLeftover(pidFile.getFileName().toString(), pidFile);
        }
    }

    private static String camundaAdminPassword(Path data) throws IOException {
        Path file = data.resolve("camunda-admin-password");
        if (!Files.exists(file)) {
            Files.writeString(file, Secrets.randomPassword(16));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the data directory's permissions.
            }
        }
        return Files.readString(file).strip();
    }
}
