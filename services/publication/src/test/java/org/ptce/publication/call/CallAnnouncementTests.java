package org.ptce.publication.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Opened calls become public, once, however often the news arrives. */
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

    private int announcements(UUID callId) {
        return jdbc.queryForObject("select count(*) from published_calls where call_id = ?", Integer.class, callId);
    }

    private static CallOpened callOpened() {
        return ApplicationsMessages.callOpened(Network.RTES, Network.COORACE);
    }
}
