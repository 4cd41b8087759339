package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The whole platform on one machine: PostgreSQL and Kafka (embedded, or given), then the services and the web
 * application, each in its own JVM. Stops in the reverse order, whenever asked, even while it is still starting.
 */
final class Platform implements AutoCloseable {

    static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(180);
    /** The names of the servers beside the services, as {@link #process} knows them. */
    static final String KAFKA = "kafka";
    static final String POSTGRES = "postgres";
    private static final String DATA_MARKER = ".ptce-platform-data";
    /** The web application's client secret at the provider: both are given it, and it stays with the data. */
    private static final String WEB_CLIENT_SECRET = "web-client-secret";

    private final LaunchOptions options;
    private final RepositoryLayout layout;
    private final Path data;
    private final Map<PlatformService, ServiceProcess> services = new EnumMap<>(PlatformService.class);
    private final Map<PlatformService, Map<String, String>> serviceEnvironments = new EnumMap<>(PlatformService.class);
    private PostgresServer postgres;
    private KafkaServer kafka;
    private MailCatcher mailCatcher;
    private String jdbcUrl;
    private String kafkaBootstrapServers;
    private boolean closing;

    Platform(LaunchOptions options, RepositoryLayout layout) {
        this.options = options;
        this.layout = layout;
        this.data = options.dataDirectory().toAbsolutePath();
    }

    /** Starts a platform and returns it once every service is ready; stops what it started if it cannot. */
    static Platform start(LaunchOptions options, RepositoryLayout layout) throws Exception {
        var platform = new Platform(options, layout);
        try {
            platform.start();
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    void start() throws Exception {
        prepareDataDirectory();
        Path logs = data.resolve("logs");

        String adminUser;
        String adminPassword;
        if (options.externalPostgres() == null) {
            Log.info("Starting PostgreSQL on port " + options.postgresPort() + " (data in " + data.resolve("postgres")
                    + ")");
            var server = PostgresServer.start(data, options.postgresPort(), logs.resolve("postgres.log"));
            register(() -> postgres = server, server);
            adminUser = PostgresServer.SUPERUSER;
            adminPassword = server.superuserPassword();
            DatabaseBootstrap.createDatabase(server.jdbcUrl("postgres"), adminUser, adminPassword);
            jdbcUrl = server.jdbcUrl(DatabaseBootstrap.DATABASE);
        } else {
            adminUser = options.externalPostgres().user();
            adminPassword = options.externalPostgres().password();
            jdbcUrl = options.externalPostgres().jdbcUrl();
        }
        var accounts = DatabaseBootstrap.prepareServices(jdbcUrl, adminUser, adminPassword, PlatformService.names());

        if (options.externalKafka() == null) {
            Log.info("Starting Kafka (KRaft) on port " + options.kafkaPort());
            var server = KafkaServer.start(data, options.kafkaPort(), layout, logs);
            register(() -> kafka = server, server);
            kafkaBootstrapServers = server.bootstrapServers();
        } else {
            kafkaBootstrapServers = options.externalKafka();
        }

        String smtpHost = options.mail().externalHost() == null ? "localhost" : options.mail().externalHost();
        if (options.mail().externalHost() == null) {
            var catcher = MailCatcher.start(options.mail().port(), data.resolve("mail"));
            register(() -> mailCatcher = catcher, catcher);
        }

        String webClientSecret = Secrets.keptIn(data.resolve(WEB_CLIENT_SECRET), 48);
        for (PlatformService service : PlatformService.values()) {
            var account = accounts.get(service.serviceName());
            var environment = new HashMap<String, String>();
            environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
            environment.put("SPRING_DATASOURCE_USERNAME", account.username());
            environment.put("SPRING_DATASOURCE_PASSWORD", account.password());
            // The web application reads no Kafka: one variable it ignores keeps the environments alike.
            environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
            environment.put("PTCE_SECURITY_ISSUER_URI", issuerUri());
            environment.put("SPRING_MAIL_HOST", smtpHost);
            environment.put("SPRING_MAIL_PORT", Integer.toString(options.mail().port()));
            if (service == PlatformService.IDENTITY) {
                environment.put("PTCE_CAMUNDA_REDIRECT_URI",
                        serviceUrl(PlatformService.WORKFLOW) + "/login/oauth2/code/platform");
                environment.put("PTCE_WEB_BASE_URL", serviceUrl(PlatformService.WEB));
                environment.put("PTCE_WEB_CLIENT_SECRET", webClientSecret);
                if (options.loadSeeds()) {
                    environment.put("PTCE_IDENTITY_DEMOACCOUNTS",
                            layout.seeds().resolve("accounts.json").toUri().toString());
                }
            }
            if (service == PlatformService.WEB) {
                environment.put("PTCE_WEB_CLIENT_SECRET", webClientSecret);
                environment.put("PTCE_WEB_SERVICES_APPLICATIONS", serviceUrl(PlatformService.APPLICATIONS));
                environment.put("PTCE_WEB_SERVICES_REVIEW", serviceUrl(PlatformService.REVIEW));
                environment.put("PTCE_WEB_SERVICES_PUBLICATION", serviceUrl(PlatformService.PUBLICATION));
                environment.put("PTCE_WEB_SERVICES_WORKFLOW", serviceUrl(PlatformService.WORKFLOW));
                environment.put("PTCE_WEB_SERVICES_IDENTITY", serviceUrl(PlatformService.IDENTITY));
            }
            serviceEnvironments.put(service, environment);
        }

        Log.info("Starting " + String.join(", ", PlatformService.names()));
        for (PlatformService service : PlatformService.values()) {
            startService(service);
        }
        for (PlatformService service : PlatformService.values()) {
            running(service).awaitReady(SERVICE_START_TIMEOUT);
            Log.info(service.serviceName() + " is ready on " + serviceUrl(service));
        }

        if (options.loadSeeds()) {
            DemoSeeds.loadOnce(layout.seeds(), data, serviceUrl(PlatformService.APPLICATIONS), issuerUri());
        }
    }

    /**
     * Watches what the platform started and starts again whatever dies (a crash, a {@code kill -9}): PostgreSQL on
     * the same data, through its crash recovery; the broker on its logs; a service, which resumes consuming where its
     * consumer group stopped. The others keep running and reconnect by themselves.
     */
    void supervise() {
        var supervisor = new Thread(() -> {
            while (!isClosing()) {
                restartPostgresIfDead();
                restartKafkaIfDead();
                for (PlatformService service : PlatformService.values()) {
                    ServiceProcess process = running(service);
                    if (process != null && !process.isAlive() && !isClosing()) {
                        Log.warn(service.serviceName() + " stopped unexpectedly (see " + process.logFile()
                                + "): starting it again");
                        try {
                            restart(service);
                            Log.info(service.serviceName() + " is ready again on " + serviceUrl(service));
                        } catch (Exception e) {
                            warnUnlessClosing("Could not restart " + service.serviceName(), e);
                        }
                    }
                }
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "platform-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void restartPostgresIfDead() {
        PostgresServer server;
        synchronized (this) {
            server = postgres;
        }
        try {
            if (server == null || server.isAlive() || isClosing()) {
                return;
            }
            Log.warn("PostgreSQL stopped unexpectedly (see " + logDirectory().resolve("postgres.log")
                    + "): starting it again on its data");
            var restarted = server.restartAfterCrash();
            register(() -> postgres = restarted, restarted);
            Log.info("PostgreSQL is ready again on " + jdbcUrl);
        } catch (Exception e) {
            warnUnlessClosing("Could not restart PostgreSQL", e);
        }
    }

    private void restartKafkaIfDead() {
        KafkaServer server;
        synchronized (this) {
            server = kafka;
        }
        if (server == null || server.isAlive() || isClosing()) {
            return;
        }
        Log.warn("Kafka stopped unexpectedly (see " + logDirectory().resolve("kafka.log")
                + "): starting it again on its logs");
        try {
            var restarted = server.restartAfterCrash();
            register(() -> kafka = restarted, restarted);
            Log.info("Kafka is ready again on " + kafkaBootstrapServers);
        } catch (Exception e) {
            warnUnlessClosing("Could not restart Kafka", e);
        }
    }

    private void warnUnlessClosing(String what, Exception e) {
        if (!isClosing()) {
            Log.warn(what + ": " + e.getMessage());
        }
    }

    /** Starts a service again and waits until it is ready. */
    void restart(PlatformService service) throws IOException, InterruptedException {
        ServiceProcess previous;
        synchronized (this) {
            previous = services.remove(service);
        }
        if (previous != null) {
            previous.close();
        }
        startService(service);
        running(service).awaitReady(SERVICE_START_TIMEOUT);
    }

    String serviceUrl(PlatformService service) {
        return "http://localhost:" + options.servicePorts().get(service);
    }

    /** Where operators read a service's health, metrics and dead letters. */
    String managementUrl(PlatformService service) {
        return "http://localhost:" + (options.servicePorts().get(service) + PlatformService.MANAGEMENT_PORT_OFFSET);
    }

    /** The OpenID Connect issuer: the platform's identity provider. */
    String issuerUri() {
        return serviceUrl(PlatformService.IDENTITY);
    }

    /** The embedded mail catcher, or null when the mails go to another SMTP server. */
    synchronized MailCatcher mailCatcher() {
        return mailCatcher;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    /** A connection to the platform's database with the account that made it: for operators and drills. */
    Connection adminConnection() throws SQLException {
        if (options.externalPostgres() != null) {
            return DriverManager.getConnection(jdbcUrl, options.externalPostgres().user(),
                    options.externalPostgres().password());
        }
        PostgresServer server;
        synchronized (this) {
            server = postgres;
        }
        return DriverManager.getConnection(jdbcUrl, PostgresServer.SUPERUSER, server.superuserPassword());
    }

    /** How a tool reaches a database: its URL and the account to use. */
    record Database(String jdbcUrl, String user, String password) {
    }

    /**
     * A new, empty database of the embedded PostgreSQL beside the platform's, for a tool of the operators' (the
     * benchmark's raw engine); one of that name is dropped first.
     */
    Database scratchDatabase(String name) throws SQLException {
        if (options.externalPostgres() != null) {
            throw new IllegalStateException("A scratch database is made in the embedded PostgreSQL only");
        }
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        PostgresServer server;
        synchronized (this) {
            server = postgres;
        }
        try (var connection = adminConnection(); var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name);
            statement.execute("create database " + name);
        }
        return new Database(server.jdbcUrl(name), PostgresServer.SUPERUSER, server.superuserPassword());
    }

    /** The process of what the platform runs (a service, the broker, PostgreSQL's postmaster), if it runs. */
    Optional<ProcessHandle> process(String component) throws IOException {
        Path pidFile = switch (component) {
            case KAFKA -> KafkaServer.pidFile(data);
            case POSTGRES -> PostgresServer.postmasterPidFile(data);
            default -> ServiceProcess.pidFile(data, PlatformService.named(component));
        };
        return ChildProcess.running(pidFile);
    }

    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    Path dataDirectory() {
        return data;
    }

    Path logDirectory() {
        return data.resolve("logs");
    }

    /** Stops the services, then Kafka, then PostgreSQL; nothing starts after this has begun. */
    @Override
    public void close() {
        List<ServiceProcess> stopping;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            stopping = new ArrayList<>(services.values());
            services.clear();
        }
        var threads = new ArrayList<Thread>();
        for (ServiceProcess service : stopping) {
            var thread = new Thread(service::close, "stop-" + service.service().serviceName());
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        KafkaServer kafkaToStop;
        PostgresServer postgresToStop;
        MailCatcher mailToStop;
        synchronized (this) {
            kafkaToStop = kafka;
            postgresToStop = postgres;
            mailToStop = mailCatcher;
        }
        if (mailToStop != null) {
            mailToStop.close();
        }
        if (kafkaToStop != null) {
            kafkaToStop.close();
        }
        if (postgresToStop != null) {
            try {
                postgresToStop.close();
            } catch (IOException e) {
                Log.warn("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private synchronized boolean isClosing() {
        return closing;
    }

    private synchronized ServiceProcess running(PlatformService service) {
        return services.get(service);
    }

    private void startService(PlatformService service) throws IOException {
        synchronized (this) {
            if (closing) {
                throw new IllegalStateException("the platform is stopping");
            }
            services.put(service, ServiceProcess.start(service, options.servicePorts().get(service),
                    serviceEnvironments.get(service), layout, data, options.serviceJvmOptions()));
        }
    }

    /** Keeps a server that has started, or stops it at once if the platform began stopping meanwhile. */
    private void register(Runnable keep, AutoCloseable server) throws Exception {
        synchronized (this) {
            if (!closing) {
                keep.run();
                return;
            }
        }
        server.close();
        throw new IllegalStateException("the platform is stopping");
    }

    private void prepareDataDirectory() throws IOException {
        if (Files.exists(data) && Files.exists(data.resolve(DATA_MARKER))) {
            stopLeftovers();
        }
        if (options.reset() && Files.exists(data)) {
            if (!Files.exists(data.resolve(DATA_MARKER))) {
                throw new IllegalStateException("Refusing to reset " + data + ": it was not made by the launcher");
            }
            Log.info("Resetting " + data);
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
    }

    /**
     * Stops what a launch killed without its shutdown left running, in the order the platform stops: services first,
     * so that Kafka and PostgreSQL can stop without waiting for their clients.
     */
    private void stopLeftovers() throws IOException {
        for (PlatformService service : PlatformService.values()) {
            ChildProcess.stopLeftover(service.serviceName(), ServiceProcess.pidFile(data, service),
                    layout.serviceJar(service.serviceName()).toString());
        }
        ChildProcess.stopLeftover("Kafka", KafkaServer.pidFile(data), "kafka.Kafka");
        ChildProcess.stopLeftover("PostgreSQL", data.resolve("postgres").resolve("postmaster.pid"), "postgres");
    }
}
