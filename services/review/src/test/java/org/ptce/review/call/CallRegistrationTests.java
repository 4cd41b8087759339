package org.ptce.review.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.messaging.DeadLetters;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The committee learns of each opened call and of its networks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CallRegistrationTests {

    @Autowired
    TestRestTemplate http;

    @Test
    void anOpenedCallIsRegisteredWithItsNetworksOnce() {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var opened = new CallOpened(UUID.randomUUID(), "AMI PTCE", now.plus(20, ChronoUnit.DAYS),
                Set.of(Network.MES, Network.UFISC, Network.CNCRES), now);

        try (var kafka = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CALLS))) {
            String id = kafka.publish(opened);
            kafka.publish(opened, id);
            kafka.awaitConsumed("review", ApplicationsTopics.CALLS, Duration.ofSeconds(30));

            // The repeat was recognised, not refused by the table's key and dead-lettered.
            assertThat(kafka.readFor(Duration.ofSeconds(1)))
                    .noneMatch(letter -> opened.callId().toString().equals(letter.key()));
        }

        var call = http.getForEntity("/api/review/calls/{callId}", JsonNode.class, opened.callId());
        assertThat(call.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(call.getBody().get("participatingNetworks")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("MES", "UFISC", "CNCRES");
    }
}
