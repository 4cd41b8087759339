package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller), run from Kafka's own server artifacts
 * in a JVM of its own. Its topics and consumer offsets stay in the data directory between launches.
 */
final class KafkaServer implements AutoCloseable {

    private final ChildProcess process;
    private final String bootstrapServers;
    private final Restart restart;

    /** What starting the broker again on the same data takes. */
    private record Restart(Path dataDirectory, int port, RepositoryLayout layout, Path logDirectory) {
    }

    private KafkaServer(ChildProcess process, String bootstrapServers, Restart restart) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.restart = restart;
    }

    static KafkaServer start(Path dataDirectory, int port, RepositoryLayout layout, Path logDirectory)
            throws IOException, InterruptedException {
        Path home = dataDirectory.toAbsolutePath().resolve("kafka");
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);
        Path config = home.resolve("server.properties");
        writeServerProperties(config, logs, port);
        Path log4j = home.resolve("log4j.properties");
        Files.writeString(log4j, """
                log4j.rootLogger=INFO, stdout
                log4j.appender.stdout=org.apache.log4j.ConsoleAppender
                log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
                log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
                log4j.logger.kafka.log=WARN
                log4j.logger.org.apache.kafka.storage=WARN
                """);

        String classpath = layout.kafkaClasspath().resolve("*").toString();
        if (!Files.isDirectory(layout.kafkaClasspath())) {
            throw new IllegalStateException("No Kafka classpath at " + layout.kafkaClasspath()
                    + ": build the platform first (./mvnw -DskipTests package)");
        }
        List<String> java = List.of(ChildProcess.javaExecutable(), "-Xms128m", "-Xmx512m",
                "-Dlog4j.configuration=" + log4j.toUri(), "-cp", classpath);
        Path logFile = logDirectory.resolve("kafka.log");

        if (!Files.exists(logs.resolve("meta.properties"))) {
            format(java, config, home, logFile);
        }
        var command = new ArrayList<>(java);
        command.addAll(List.of("kafka.Kafka", config.toString()));
        var process = ChildProcess.start("Kafka", command, Map.of(), home, logFile, pidFile(dataDirectory));
        var server = new KafkaServer(process, "localhost:" + port,
                new Restart(dataDirectory, port, layout, logDirectory));
        server.awaitReady(Duration.ofSeconds(60));
        return server;
    }

    static Path pidFile(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve("kafka").resolve("kafka.pid");
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Starts the broker again on the same data after it died: it recovers its logs (what it had acknowledged with
     * {@code acks=all} is there) and its clients reconnect by themselves.
     */
    KafkaServer restartAfterCrash() throws IOException, InterruptedException {
        return start(restart.dataDirectory(), restart.port(), restart.layout(), restart.logDirectory());
    }

    private static void writeServerProperties(Path config, Path logs, int port) throws IOException {
        int controllerPort = port + 1;
        Files.writeString(config, """
                # Written by the launcher at each start.
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%d
                listeners=PLAINTEXT://localhost:%d,CONTROLLER://localhost:%d
                advertised.listeners=PLAINTEXT://localhost:%d
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                log.dirs=%s
                num.partitions=3
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                # Topics are created by the services, each with its partitions and its dead-letter topic.
                auto.create.topics.enable=false
                group.initial.rebalance.delay.ms=0
                """.formatted(controllerPort, port, controllerPort, port, logs));
    }

    private static void format(List<String> java, Path config, Path home, Path logFile)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(java);
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                config.toString()));
        Files.createDirectories(logFile.getParent());
        Process format = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("Could not format Kafka's storage; see " + logFile);
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        var properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(properties)) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka stopped while starting; see its log");
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    TimeUnit.MILLISECONDS.sleep(250);
                }
            }
        }
        throw new IllegalStateException("Kafka was not ready within " + timeout.toSeconds() + " s");
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }
}
