package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/**
 * The servers of the embedded default: a PostgreSQL that writes to disk for real, a Kafka broker in its own JVM, and
 * both keep their data from one launch to the next.
 */
class EmbeddedServersIT {

    private final RepositoryLayout layout = RepositoryLayout.ofThisBuild();

    @Test
    void postgresKeepsItsDataOnDiskBetweenLaunches() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "embedded-postgres");
        int port = FreePorts.withNeighbour(1);

        try (var postgres = PostgresServer.start(data, port, data.resolve("postgres.log"))) {
            DatabaseBootstrap.createDatabase(postgres.jdbcUrl("postgres"), PostgresServer.SUPERUSER,
                    postgres.superuserPassword());
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl(DatabaseBootstrap.DATABASE),
                    PostgresServer.SUPERUSER, postgres.superuserPassword());
                    var statement = connection.createStatement()) {
                var fsync = statement.executeQuery("show fsync");
                fsync.next();
                assertThat(fsync.getString(1)).isEqualTo("on");
                var synchronousCommit = statement.executeQuery("show synchronous_commit");
                synchronousCommit.next();
                assertThat(synchronousCommit.getString(1)).isEqualTo("on");
                statement.execute("create table kept (word text)");
                statement.execute("insert into kept values ('still here')");
            }
        }

        try (var postgres = PostgresServer.start(data, port, data.resolve("postgres.log"));
                var connection = DriverManager.getConnection(postgres.jdbcUrl(DatabaseBootstrap.DATABASE),
                        PostgresServer.SUPERUSER, postgres.superuserPassword());
                var statement = connection.createStatement()) {
            var kept = statement.executeQuery("select word from kept");
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void eachServiceGetsAPasswordProtectedRoleThatOwnsItsSchemaAndCannotReadAnother() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "embedded-postgres");
        try (var postgres = PostgresServer.start(data, FreePorts.any(), data.resolve("postgres.log"))) {
            DatabaseBootstrap.createDatabase(postgres.jdbcUrl("postgres"), PostgresServer.SUPERUSER,
                    postgres.superuserPassword());
            String url = postgres.jdbcUrl(DatabaseBootstrap.DATABASE);
            var accounts = DatabaseBootstrap.prepareServices(url, PostgresServer.SUPERUSER,
                    postgres.superuserPassword(), List.of("applications", "review"));

            assertThatThrownBy(() -> DriverManager.getConnection(url, "applications", "not its password"))
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(url, PostgresServer.SUPERUSER, ""))
                    .isInstanceOf(java.sql.SQLException.class);

            try (var applications = DriverManager.getConnection(url, "applications",
                    accounts.get("applications").password());
                    var statement = applications.createStatement()) {
                statement.execute("create table applications.mine (id int)");
                assertThat(statement.executeQuery("select count(*) from applications.mine").next()).isTrue();
            }
            try (var review = DriverManager.getConnection(url, "review", accounts.get("review").password());
                    var statement = review.createStatement()) {
                assertThatThrownBy(() -> statement.executeQuery("select * from applications.mine"))
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void kafkaRunsInItsOwnJvmAndKeepsItsTopicsBetweenLaunches() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "embedded-kafka");
        int port = FreePorts.withNeighbour(1);

        try (var kafka = KafkaServer.start(data, port, layout, data.resolve("logs"));
                var admin = admin(kafka.bootstrapServers())) {
            assertThat(ProcessHandle.current().descendants().anyMatch(process -> process.info().commandLine()
                    .orElse("").contains("kafka.Kafka"))).isTrue();
            admin.createTopics(List.of(new NewTopic("kept.topic", 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }

        try (var kafka = KafkaServer.start(data, port, layout, data.resolve("logs"));
                var admin = admin(kafka.bootstrapServers())) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            assertThat(topics).contains("kept.topic");
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /**
     * A free port whose next one is free too (Kafka's controller listens on port + 1), below the ephemeral range, so
     * that the operating system does not hand either to an outgoing connection between two launches.
     */
}
