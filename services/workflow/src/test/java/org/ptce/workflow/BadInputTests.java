package org.ptce.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.review.api.Network;
import org.ptce.testing.BadInputSweep;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every operation of the API, sent broken bodies and parameters, answers a 4xx problem, never a server error. */
@WorkflowServiceTest
class BadInputTests {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void noBadInputReachesAServerError() {
        var call = ApplicationsMessages.callOpened(Network.RTES, Network.COORACE);
        var submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        try (var kafka = KafkaTestClient.reading(WorkflowTopics.CANDIDACIES)) {
            kafka.publish(call);
            kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, Duration.ofSeconds(60));
            kafka.publish(submitted);
            kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, Duration.ofSeconds(60));
        }

        var outcome = BadInputSweep.against(anonymous.getRootUri())
                .as("coordinator", TestTokens.coordinator())
                .as("delegate", TestTokens.delegate("RTES"))
                .pathVariable("callId", call.callId())
                .pathVariable("candidacyId", submitted.candidacyId())
                .run();

        assertThat(outcome.answered(4)).isGreaterThan(100);
    }
}
