package org.ptce.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewTopics;
import org.ptce.testing.BadInputSweep;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every operation of the API, sent broken bodies and parameters, answers a 4xx problem, never a server error. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class BadInputTests {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void noBadInputReachesAServerError() {
        var call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        try (var kafka = KafkaTestClient.reading(ReviewTopics.CANDIDACIES)) {
            kafka.publish(call);
            kafka.awaitConsumed("review", ApplicationsTopics.CALLS, Duration.ofSeconds(60));
        }

        var outcome = BadInputSweep.against(anonymous.getRootUri())
                .as("coordinator", TestTokens.coordinator())
                .as("reviewer", TestTokens.reviewer("RTES"))
                .as("delegate", TestTokens.delegate("MES"))
                .pathVariable("callId", call.callId())
                .pathVariable("network", "RTES")
                .pathVariable("round", 1)
                .pathVariable("candidacyId", UUID.randomUUID())
                .run();

        assertThat(outcome.answered(4)).isGreaterThan(100);
    }
}
