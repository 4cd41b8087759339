package org.ptce.testing;

import java.time.Duration;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The real PostgreSQL and Kafka servers of one test JVM, started once on first use and shared by every test in it.
 * <p>
 * Where a Docker engine answers, they are the official {@code postgres} and {@code apache/kafka} images through
 * Testcontainers; where none does (as on this project's machines and CI), an embedded PostgreSQL from Maven-distributed
 * binaries and an in-process Kafka broker in KRaft mode. Either way the tests talk to real servers over the network.
 */
public final class TestServers {

    static final int PARTITIONS = 3;
    private static final Logger log = LoggerFactory.getLogger(TestServers.class);
    private static TestServers instance;

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String kafkaBootstrapServers;
    private final Runnable stop;
    private boolean stopped;

    private TestServers(String jdbcUrl, String username, String password, String kafkaBootstrapServers, Runnable stop) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.stop = stop;
    }

    public static synchronized TestServers get() {
        if (instance == null) {
            var servers = dockerAvailable() ? startContainers() : startEmbedded();
            // Spring Boot runs its shutdown handlers after every application context has closed, so no context loses
            // its servers while closing. (It runs them only in a JVM where a Spring application ran: tests without
            // one call stopNow.)
            SpringApplication.getShutdownHandlers().add(servers::stop);
            instance = servers;
        }
        return instance;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Spring Boot properties that point a service at these servers, and make it trust the {@link TestTokens}. */
    public Map<String, Object> springProperties() {
        return Map.of(
                "spring.datasource.url", jdbcUrl,
                "spring.datasource.username", username,
                "spring.datasource.password", password,
                "spring.kafka.bootstrap-servers", kafkaBootstrapServers,
                "ptce.security.issuer-uri", TestTokens.get().issuer());
    }

    /**
     * Stops the servers now, for tests that run no Spring application in their JVM (nothing would stop them at exit).
     * A later {@link #get} starts new ones.
     */
    public static synchronized void stopNow() {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
    }

    private void stop() {
        synchronized (this) {
            if (!stopped) {
                stopped = true;
                stop.run();
            }
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    private static TestServers startContainers() {
        log.info("Docker is available: starting PostgreSQL and Kafka with Testcontainers");
        var postgres = new PostgreSQLContainer<>("postgres:17-alpine").withDatabaseName("ptce");
        var kafka = new KafkaContainer("apache/kafka:3.9.2")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        postgres.start();
        kafka.start();
        return new TestServers(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(),
                kafka.getBootstrapServers(), () -> {
                    kafka.stop();
                    postgres.stop();
                });
    }

    private static TestServers startEmbedded() {
        log.info("No Docker engine: starting an embedded PostgreSQL and an in-process Kafka broker (KRaft)");
        try {
            // Our own shutdown runs after the Spring contexts close; zonky's hook would stop PostgreSQL under them.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            var kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS)
                    .brokerProperties(Map.of(
                            "auto.create.topics.enable", "false",
                            "group.initial.rebalance.delay.ms", "0"));
            try {
                kafka.afterPropertiesSet();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            return new TestServers(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres",
                    kafka.getBrokersAsString(), () -> {
                        // PostgreSQL first: it runs in a process of its own, which would outlive this JVM; the broker
                        // runs inside it.
                        try {
                            postgres.close();
                        } catch (Exception e) {
                            log.warn("Embedded PostgreSQL did not stop cleanly", e);
                        } finally {
                            kafka.destroy();
                        }
                    });
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded test servers", e);
        }
    }
}
