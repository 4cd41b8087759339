package org.ptce.platform.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ptce.testing.KafkaTestClient.header;

import java.time.Duration;
import java.util.HashMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestServers;
import org.ptce.testing.TestServersInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A service that dies after committing a state change and before Kafka has its message loses nothing: the message
 * waits in the outbox and is sent, unchanged, when the service starts again.
 */
class OutboxCrashRecoveryTests {

    @Test
    void aMessageCommittedButNotSentIsSentAfterRestart() {
        var candidacyId = UUID.randomUUID();

        // First life: Kafka cannot be reached, as if the process died right after the commit.
        try (var firstLife = start("localhost:9", "spring.kafka.producer.properties.max.block.ms=500",
                "spring.kafka.admin.auto-create=false")) {
            firstLife.getBean(BackboneTestApplication.Notes.class).take(candidacyId, "written before the crash", 1);

            var jdbc = firstLife.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from note where candidacy_id = ?", Integer.class,
                    candidacyId)).isEqualTo(1);
            assertThat(unsent(jdbc, candidacyId)).isEqualTo(1);
        }

        // Second life: Kafka is there; the outbox is republished on restart.
        try (var kafka = KafkaTestClient.reading(NoteTaken.TOPIC);
                var secondLife = start(TestServers.get().kafkaBootstrapServers())) {
            var record = kafka.awaitRecord(r -> candidacyId.toString().equals(r.key()), Duration.ofSeconds(30));

            assertThat(new String(record.value())).contains("written before the crash");
            assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> unsent(secondLife.getBean(JdbcTemplate.class), candidacyId) == 0);
        }
    }

    private static int unsent(JdbcTemplate jdbc, UUID candidacyId) {
        return jdbc.queryForObject("""
                select count(*) from event_publication
                where completion_date is null and serialized_event like ?""", Integer.class, "%" + candidacyId + "%");
    }

    private static ConfigurableApplicationContext start(String kafkaBootstrapServers, String... properties) {
        var overrides = new HashMap<String, Object>();
        overrides.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        // A consumer group of its own, not to take partitions from another test's context.
        overrides.put("spring.kafka.consumer.group-id", "backbone-crash-" + UUID.randomUUID());
        overrides.put("spring.kafka.listener.auto-startup", "false");
        overrides.put("server.port", "0");
        for (String property : properties) {
            String[] nameAndValue = property.split("=", 2);
            overrides.put(nameAndValue[0], nameAndValue[1]);
        }
        return new SpringApplicationBuilder(BackboneTestApplication.class)
                .initializers(new TestServersInitializer(), context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("crashTest", overrides)))
                .run();
    }
}
