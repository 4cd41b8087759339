package org.ptce.publication.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.messaging.DeadLetters;
import org.ptce.platform.security.AccessRules;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Opened calls become public, with what they ask for, once, however often the news arrives. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CallAnnouncementTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    @Test
    void anOpenedCallIsReadableByAnyone() {
        var opened = callOpened();

        try (var kafka = KafkaTestClient.reading()) {
            kafka.publish(opened);
        }

        var call = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForEntity("/api/public/calls/{callId}", JsonNode.class, opened.callId()),
                response -> response.getStatusCode() == HttpStatus.OK);
        assertThat(call.getBody().get("title").asText()).isEqualTo("AMI PTCE 2027");
        assertThat(http.getForEntity("/api/public/calls", JsonNode.class).getBody().findValuesAsText("callId"))
                .contains(opened.callId().toString());
        assertThat(jdbc.queryForObject("select announced_for from published_calls where call_id = ?", String.class,
                opened.callId())).isEqualTo("test-actor");
    }

    @Test
    void anOpenedCallTellsAnyoneWhatItAsksFor() {
        var opened = callOpened();

        try (var kafka = KafkaTestClient.reading()) {
            kafka.publish(opened);
        }

        JsonNode call = awaitPublic(opened.callId());
        assertThat(call.get("description").asText()).isEqualTo(opened.description());
        assertThat(call.get("requiredDocuments")).extracting(JsonNode::asText).containsExactly("Statuts");
        assertThat(call.get("criteria")).hasSize(2);
        assertThat(call.at("/criteria/0/label").asText()).isEqualTo("Ancrage territorial");
        assertThat(call.at("/criteria/0/weight").asInt()).isEqualTo(2);
        assertThat(call.at("/criteria/1/label").asText()).isEqualTo("Coopération entre les membres");
        assertThat(call.at("/criteria/1/weight").asInt()).isEqualTo(1);
        assertThat(call.at("/criteria/0").has("threshold")).as("the reviewers' business").isFalse();
        assertThat(call.get("totalThreshold").decimalValue()).isEqualByComparingTo("3");
        assertThat(Instant.parse(call.get("reviewDeadline").asText())).isEqualTo(opened.reviewDeadline());
        assertThat(call.hasNonNull("resultsPublishedAt")).as("no results yet").isFalse();

        JsonNode listed = listed(opened.callId());
        assertThat(listed.get("description").asText()).isEqualTo(opened.description());
        assertThat(listed.get("criteria")).hasSize(2);
        assertThat(listed.hasNonNull("resultsPublishedAt")).isFalse();
    }

    @Test
    void aCallOpenedMessageSentBeforeCallsHadADescriptionIsAnnouncedWithoutOne() {
        var opened = callOpened();
        // As such a message travels: the field is absent, not null.
        ObjectNode older = objectMapper.valueToTree(opened);
        older.remove("description");

        try (var kafka = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CALLS))) {
            kafka.send(ApplicationsTopics.CALLS, opened.callId().toString(), bytes(older),
                    KafkaTestClient.cloudEventHeaders("org.ptce.applications.CallOpened.v1",
                            opened.callId().toString(), UUID.randomUUID().toString()));

            JsonNode call = awaitPublic(opened.callId());
            assertThat(call.hasNonNull("description")).isFalse();
            assertThat(call.get("title").asText()).isEqualTo("AMI PTCE 2027");
            assertThat(call.get("criteria")).hasSize(2);
            assertThat(kafka.readFor(Duration.ofSeconds(1)))
                    .noneMatch(letter -> opened.callId().toString().equals(letter.key()));
        }
    }

    @Test
    void aCallAnnouncedBeforeItsDetailsWereKeptIsReadWithoutThem() {
        UUID callId = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        // The row as the first version of the table held it.
        jdbc.update("""
                insert into published_calls (call_id, title, submission_deadline, participating_networks, opened_at,
                                             announced_at, announced_for)
                values (?, 'AMI PTCE 2026', ?, '{MES,RTES}', ?, ?, 'coordinator')""", callId, now, now, now);

        var call = http.getForEntity("/api/public/calls/{callId}", JsonNode.class, callId);

        assertThat(call.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call.getBody().hasNonNull("description")).isFalse();
        assertThat(call.getBody().get("requiredDocuments")).isEmpty();
        assertThat(call.getBody().get("criteria")).isEmpty();
        assertThat(call.getBody().hasNonNull("totalThreshold")).isFalse();
        assertThat(call.getBody().get("participatingNetworks")).extracting(JsonNode::asText)
                .containsExactly("RTES", "MES");
        assertThat(listed(callId).get("title").asText()).isEqualTo("AMI PTCE 2026");
    }

    @Test
    void aCallOpenedMessageDeliveredTwiceAnnouncesTheCallOnce() {
        var opened = callOpened();

        try (var kafka = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CALLS))) {
            String id = kafka.publish(opened);
            kafka.publish(opened, id);
            kafka.awaitConsumed("publication", ApplicationsTopics.CALLS, Duration.ofSeconds(30));

            // The repeat was recognised, not refused by the table's key and dead-lettered.
            assertThat(kafka.readFor(Duration.ofSeconds(1)))
                    .noneMatch(letter -> opened.callId().toString().equals(letter.key()));
        }

        assertThat(announcements(opened.callId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from processed_message where subject = ?", Integer.class,
                opened.callId().toString())).isEqualTo(1);
    }

    @Test
    void everyEndpointOfTheApiSaysWhoMayCallIt() {
        assertThat(AccessRules.apiEndpointsWithoutRule(mappings)).isEmpty();
    }

    @Test
    void anUnknownCallIsNotFound() {
        var response = http.getForEntity("/api/public/calls/{callId}", JsonNode.class, UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode awaitPublic(UUID callId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForEntity("/api/public/calls/{callId}", JsonNode.class, callId),
                response -> response.getStatusCode() == HttpStatus.OK).getBody();
    }

    private JsonNode listed(UUID callId) {
        JsonNode calls = http.getForEntity("/api/public/calls", JsonNode.class).getBody();
        for (JsonNode call : calls) {
            if (callId.toString().equals(call.get("callId").asText())) {
                return call;
            }
        }
        throw new AssertionError("Call " + callId + " is not in the public list " + calls);
    }

    private byte[] bytes(JsonNode payload) {
        try {
            return objectMapper.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int announcements(UUID callId) {
        return jdbc.queryForObject("select count(*) from published_calls where call_id = ?", Integer.class, callId);
    }

    private static CallOpened callOpened() {
        return ApplicationsMessages.callOpened(Network.RTES, Network.COORACE);
    }
}
