package org.ptce.review.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.messaging.DeadLetters;
import org.ptce.platform.security.AccessRules;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The committee learns of each opened call and of its networks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CallRegistrationTests {

    @Autowired
    TestRestTemplate http;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anOpenedCallIsRegisteredWithItsNetworksOnce() {
        var opened = ApplicationsMessages.callOpened(Network.MES, Network.UFISC, Network.CNCRES);

        try (var kafka = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CALLS))) {
            String id = kafka.publish(opened);
            kafka.publish(opened, id);
            kafka.awaitConsumed("review", ApplicationsTopics.CALLS, Duration.ofSeconds(30));

            // The repeat was recognised, not refused by the table's key and dead-lettered.
            assertThat(kafka.readFor(Duration.ofSeconds(1)))
                    .noneMatch(letter -> opened.callId().toString().equals(letter.key()));
        }

        var call = TestTokens.as(http, TestTokens.coordinator())
                .getForEntity("/api/review/calls/{callId}", JsonNode.class, opened.callId());
        assertThat(call.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call.getBody().get("participatingNetworks")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("MES", "UFISC", "CNCRES");
        // The grid the reviewers score on, and the deadline after which evaluations are frozen.
        assertThat(call.getBody().at("/evaluationGrid/criteria").findValuesAsText("code"))
                .containsExactly("TERRITORIAL_ANCHORING", "COOPERATION");
        assertThat(call.getBody().at("/evaluationGrid/criteria/0/weight").asInt()).isEqualTo(2);
        assertThat(call.getBody().at("/evaluationGrid/totalThreshold").decimalValue()).isEqualByComparingTo("3");
        assertThat(Instant.parse(call.getBody().get("reviewDeadline").asText())).isEqualTo(opened.reviewDeadline());

        // Reviewers and delegates see the calls of their network only; the others do not learn it exists.
        assertThat(statusFor(TestTokens.reviewer("UFISC"), opened.callId())).isEqualTo(HttpStatus.OK);
        assertThat(statusFor(TestTokens.delegate("CNCRES"), opened.callId())).isEqualTo(HttpStatus.OK);
        assertThat(statusFor(TestTokens.reviewer("RTES"), opened.callId())).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(statusFor(TestTokens.delegate("OPALE"), opened.callId())).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(statusFor(TestTokens.holder(UUID.randomUUID().toString()), opened.callId()))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/review/calls/{callId}", JsonNode.class, opened.callId())
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void everyEndpointOfTheApiSaysWhoMayCallIt() {
        assertThat(AccessRules.apiEndpointsWithoutRule(mappings)).isEmpty();
    }

    private HttpStatusCode statusFor(String token, UUID callId) {
        return TestTokens.as(http, token).getForEntity("/api/review/calls/{callId}", JsonNode.class, callId)
                .getStatusCode();
    }
}
