package org.ptce.platform.messaging.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.ptce.testing.KafkaTestClient.header;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.messaging.DeadLetters;
import org.ptce.platform.messaging.MessageCatalog;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backbone against a real broker and a real database: what a producer sends, what a consumer does with repeats,
 * poison and failures; how an operator sees it (metrics, traces, dead letters) on the management port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@AutoConfigureObservability
@WithTestServers
@ExtendWith(OutputCaptureExtension.class)
class MessageBackboneTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    BackboneTestApplication.Notes notes;
    @Autowired
    MessagePublisher publisher;
    @Autowired
    MessageCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    Tracer tracer;
    @LocalManagementPort
    int managementPort;
    @LocalServerPort
    int apiPort;

    private final HttpClient http = HttpClient.newHttpClient();

    KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.reading(NoteTaken.TOPIC, DeadLetters.topicFor(NoteTaken.TOPIC));
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aPublishedMessageIsACloudEventInBinaryModeKeyedByItsBusinessKey() throws Exception {
        var candidacyId = UUID.randomUUID();

        notes.take(candidacyId, "first impressions", 2);

        var record = kafka.awaitRecord(r -> r.topic().equals(NoteTaken.TOPIC) && candidacyId.toString().equals(r.key()),
                WAIT);
        var event = KafkaMessageFactory.createReader(record).toEvent();
        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getType()).isEqualTo("org.ptce.test.NoteTaken.v1");
        assertThat(event.getSource().toString()).isEqualTo("/services/backbone");
        assertThat(event.getSubject()).isEqualTo(candidacyId.toString());
        assertThat(event.getId()).isNotBlank();
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getExtension("actor")).isEqualTo("system:backbone");
        assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        var payload = objectMapper.readTree(record.value());
        assertThat(payload.get("text").asText()).isEqualTo("first impressions");
        assertThat(catalog.violations(catalog.forType(event.getType()), payload)).isEmpty();
    }

    @Test
    void aMessageDeliveredTwiceHasOneEffect() {
        var candidacyId = UUID.randomUUID();
        notes.take(candidacyId, "said once", 1);
        var original = kafka.awaitRecord(r -> candidacyId.toString().equals(r.key()), WAIT);
        awaitCopies(candidacyId, "said once", 1);

        kafka.resend(original);
        kafka.resend(original);
        // Same key, same partition: once this later note is copied, the repeats before it have been consumed.
        notes.take(candidacyId, "said after", 1);
        awaitCopies(candidacyId, "said after", 1);

        assertThat(copies(candidacyId, "said once")).isEqualTo(1);
        assertThat(processed(header(original, CloudEventHeaders.ID))).isEqualTo(1);
        assertThat(kafka.seen()).noneMatch(r -> r.topic().equals(DeadLetters.topicFor(NoteTaken.TOPIC))
                && candidacyId.toString().equals(r.key()));
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsReasonAndTheNextMessageIsHandled() {
        var candidacyId = UUID.randomUUID();
        String key = candidacyId.toString();
        var valid = cloudEventHeaders(key);

        kafka.send(NoteTaken.TOPIC, key, "no headers at all".getBytes(StandardCharsets.UTF_8), Map.of());
        kafka.send(NoteTaken.TOPIC, key, "{not json".getBytes(StandardCharsets.UTF_8), valid);
        kafka.send(NoteTaken.TOPIC, key, json(Map.of("candidacyId", key, "text", "negative", "pages", -3)),
                cloudEventHeaders(key));
        kafka.send(NoteTaken.TOPIC, key, json(Map.of("candidacyId", key, "text", "wrong type", "pages", "many")),
                cloudEventHeaders(key));
        kafka.send(NoteTaken.TOPIC, key, json(Map.of("candidacyId", UUID.randomUUID().toString(), "text",
                "someone else's", "pages", 1)), cloudEventHeaders(key));
        var anonymous = cloudEventHeaders(key);
        anonymous.remove(CloudEventHeaders.ACTOR);
        kafka.send(NoteTaken.TOPIC, key, json(Map.of("candidacyId", key, "text", "who?", "pages", 1)), anonymous);
        notes.take(candidacyId, BackboneTestApplication.REJECTED, 1);
        notes.take(candidacyId, "healthy", 1);

        awaitCopies(candidacyId, "healthy", 1);
        var deadLetters = await().atMost(WAIT).until(() -> kafka.readFor(Duration.ofMillis(200)).stream()
                .filter(r -> r.topic().equals(DeadLetters.topicFor(NoteTaken.TOPIC)) && key.equals(r.key()))
                .toList(), letters -> letters.size() == 7);
        assertThat(deadLetters).extracting(r -> header(r, DeadLetters.REASON_HEADER))
                .satisfiesExactly(
                        reason -> assertThat(reason).contains("Not a CloudEvent"),
                        reason -> assertThat(reason).contains("is not JSON"),
                        reason -> assertThat(reason).contains("breaks its JSON Schema").contains("pages"),
                        reason -> assertThat(reason).contains("breaks its JSON Schema").contains("pages"),
                        reason -> assertThat(reason).contains("its subject is " + key),
                        reason -> assertThat(reason).contains("does not name its actor"),
                        reason -> assertThat(reason).contains("never accepted"));
        assertThat(deadLetters).allSatisfy(r -> assertThat(header(r, DeadLetters.CONSUMER_HEADER))
                .isEqualTo("backbone"));
        // The rejected message left no half-written effect behind.
        assertThat(copies(candidacyId, BackboneTestApplication.REJECTED)).isZero();
    }

    @Test
    void aFailureThatMayPassIsRetriedWithBackoffAndHasOneEffect() {
        var candidacyId = UUID.randomUUID();
        String text = "busy twice " + candidacyId;
        BackboneTestApplication.failuresToCome.put(text, new AtomicInteger(2));

        notes.take(candidacyId, text, 1);

        awaitCopies(candidacyId, text, 1);
        assertThat(BackboneTestApplication.failuresToCome.get(text).get()).isNegative();
    }

    @Test
    void aFailureThatNeverPassesIsDeadLetteredAfterItsRetriesAndTheNextMessageIsHandled(CapturedOutput output) {
        var candidacyId = UUID.randomUUID();

        notes.take(candidacyId, BackboneTestApplication.FAILS_FOREVER, 1);
        notes.take(candidacyId, "after the failure", 1);

        awaitCopies(candidacyId, "after the failure", 1);
        var letter = kafka.awaitRecord(r -> r.topic().equals(DeadLetters.topicFor(NoteTaken.TOPIC))
                && candidacyId.toString().equals(r.key()), WAIT);
        assertThat(header(letter, DeadLetters.REASON_HEADER)).contains("the copier is out of order");
        assertThat(copies(candidacyId, BackboneTestApplication.FAILS_FOREVER)).isZero();
        // The retries and the dead-lettering are logged with the candidacy they are about.
        assertThat(output.getOut()).containsPattern("WARN \\[candidacy=" + candidacyId + "\\].*Dead-lettering");
    }

    @Test
    void theLogLinesWrittenWhileHandlingAMessageNameItsCandidacy(CapturedOutput output) {
        var candidacyId = UUID.randomUUID();

        notes.take(candidacyId, "logged", 1);

        awaitCopies(candidacyId, "logged", 1);
        assertThat(output.getOut()).containsPattern(
                "\\[candidacy=" + candidacyId + "\\].*Copying a note of 6 characters");
    }

    @Test
    void aMessageCarriesTheTraceThatPublishedItAndItsHandlingContinuesThatTrace(CapturedOutput output) {
        var candidacyId = UUID.randomUUID();
        Span request = tracer.nextSpan().name("a holder's request").start();
        try (var inScope = tracer.withSpan(request)) {
            notes.take(candidacyId, "traced", 1);
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();

        var record = kafka.awaitRecord(r -> r.topic().equals(NoteTaken.TOPIC) && candidacyId.toString().equals(r.key()),
                WAIT);
        assertThat(header(record, CloudEventHeaders.TRACEPARENT)).matches("00-" + traceId + "-[0-9a-f]{16}-01");
        assertThat(KafkaMessageFactory.createReader(record).toEvent().getExtension("traceparent")).isNotNull();
        awaitCopies(candidacyId, "traced", 1);
        // The consumer's lines carry the same trace id, beside the candidacy.
        assertThat(output.getOut()).containsPattern("\\[candidacy=" + candidacyId + "\\].*" + traceId
                + ".*Copying a note of 6 characters");
    }

    @Test
    void anOperatorListsADeadLetterWithItsReasonAndReplaysItOnceAfterTheFix() throws Exception {
        var candidacyId = UUID.randomUUID();
        String text = "broken until fixed " + candidacyId;
        // Fails at its first delivery and at each of its three retries: dead-lettered; passes afterwards.
        BackboneTestApplication.failuresToCome.put(text, new AtomicInteger(4));
        notes.take(candidacyId, text, 1);
        kafka.awaitRecord(r -> r.topic().equals(DeadLetters.topicFor(NoteTaken.TOPIC))
                && candidacyId.toString().equals(r.key()), WAIT);
        assertThat(copies(candidacyId, text)).isZero();

        JsonNode listing = objectMapper.readTree(management("GET", "/actuator/deadletters?limit=100000", 200));
        JsonNode letter = StreamSupport.stream(listing.get("letters").spliterator(), false)
                .filter(l -> candidacyId.toString().equals(l.get("key").asText()))
                .findFirst().orElseThrow();
        assertThat(letter.get("reason").asText()).contains("the copier is busy");
        assertThat(letter.get("originalTopic").asText()).isEqualTo(NoteTaken.TOPIC);
        assertThat(letter.get("messageType").asText()).isEqualTo("org.ptce.test.NoteTaken.v1");
        assertThat(letter.has("replayedAt")).isFalse();
        String path = "/actuator/deadletters/" + letter.get("topic").asText() + "/" + letter.get("partition").asInt()
                + "/" + letter.get("offset").asLong();

        JsonNode first = objectMapper.readTree(management("POST", path, 200));
        JsonNode second = objectMapper.readTree(management("POST", path, 200));

        assertThat(first.get("sent").asBoolean()).isTrue();
        assertThat(second.get("sent").asBoolean()).isFalse();
        awaitCopies(candidacyId, text, 1);
        notes.take(candidacyId, "after the replay", 1);
        awaitCopies(candidacyId, "after the replay", 1);
        assertThat(copies(candidacyId, text)).isEqualTo(1);
        JsonNode after = objectMapper.readTree(management("GET", "/actuator/deadletters?limit=100000", 200));
        assertThat(after.get("letters")).anySatisfy(l -> {
            assertThat(l.get("key").asText()).isEqualTo(candidacyId.toString());
            assertThat(l.get("replayedAt").asText()).isNotBlank();
        });
        management("POST", "/actuator/deadletters/" + NoteTaken.TOPIC + ".dlt/0/999999999", 404);
        management("POST", "/actuator/deadletters/not.a.topic.dlt/0/0", 404);
    }

    @Test
    void theManagementPortServesPrometheusMetricsOfTheBackboneAndTheApiPortDoesNot() throws Exception {
        var candidacyId = UUID.randomUUID();
        BackboneTestApplication.failuresToCome.put("metered " + candidacyId, new AtomicInteger(4));
        notes.take(candidacyId, "metered " + candidacyId, 1);
        kafka.awaitRecord(r -> r.topic().equals(DeadLetters.topicFor(NoteTaken.TOPIC))
                && candidacyId.toString().equals(r.key()), WAIT);

        String metrics = management("GET", "/actuator/prometheus", 200);

        assertThat(metrics).contains("ptce_outbox_backlog_messages{application=\"backbone\"}")
                .contains("ptce_outbox_oldest_age_seconds{application=\"backbone\"}")
                .containsPattern("ptce_messages_dead_lettered_total\\{application=\"backbone\",topic=\""
                        + NoteTaken.TOPIC + "\"\\} [1-9]")
                .contains("kafka_consumer_fetch_manager_records_lag_max")
                .contains("spring_kafka_listener_seconds_count");
        var onApiPort = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + apiPort
                + "/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(onApiPort.statusCode()).isIn(401, 403, 404);
    }

    @Test
    void aMessageIsPublishedOnlyWithinTheTransactionOfItsStateChange() {
        assertThatThrownBy(() -> publisher.publish(new NoteTaken(UUID.randomUUID(), "loose", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }

    @Test
    void aMessageThatBreaksItsSchemaIsNeverStoredNorSent() {
        var candidacyId = UUID.randomUUID();

        assertThatThrownBy(() -> notes.take(candidacyId, "", -1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JSON Schema");

        assertThat(jdbc.queryForObject("select count(*) from note where candidacy_id = ?", Integer.class,
                candidacyId)).isZero();
    }

    private String management(String method, String path, int expectedStatus) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private static Map<String, String> cloudEventHeaders(String key) {
        return new HashMap<>(KafkaTestClient.cloudEventHeaders("org.ptce.test.NoteTaken.v1", key,
                UUID.randomUUID().toString()));
    }

    private byte[] json(Map<String, Object> payload) {
        try {
            return objectMapper.writeValueAsBytes(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitCopies(UUID candidacyId, String text, int expected) {
        await().atMost(WAIT).until(() -> copies(candidacyId, text), count -> count == expected);
    }

    private int copies(UUID candidacyId, String text) {
        return jdbc.queryForObject("select count(*) from note_copy where candidacy_id = ? and text = ?",
                Integer.class, candidacyId, text);
    }

    private int processed(String messageId) {
        return jdbc.queryForObject("select count(*) from processed_message where message_id = ?", Integer.class,
                messageId);
    }
}
