package org.ptce.applications.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ptce.applications.call.CallDrafts;
import org.ptce.testing.BadInputSweep;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Every operation of the API, sent broken bodies and parameters, answers a 4xx problem and keeps what it stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class BadInputTests {

    @Autowired
    TestRestTemplate anonymous;

    @Test
    void noBadInputReachesAServerError() {
        String holderToken = TestTokens.holder(UUID.randomUUID().toString());
        String coordinatorToken = TestTokens.coordinator();
        var coordinator = TestTokens.as(anonymous, coordinatorToken);
        var draft = CallDrafts.draft("AMI PTCE", Instant.now().plus(20, ChronoUnit.DAYS), "RTES", "MES");
        UUID callId = UUID.fromString(coordinator.postForEntity("/api/calls", draft, JsonNode.class).getBody()
                .get("id").asText());
        coordinator.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, callId);
        var candidacy = TestTokens.as(anonymous, holderToken).postForEntity("/api/calls/{callId}/candidacies",
                CandidacyTests.complete(), JsonNode.class, callId).getBody();

        var outcome = BadInputSweep.against(anonymous.getRootUri())
                .as("coordinator", coordinatorToken)
                .as("holder", holderToken)
                .as("reviewer", TestTokens.reviewer("RTES"))
                .pathVariable("callId", callId)
                .pathVariable("candidacyId", candidacy.get("id").asText())
                .example("POST /api/calls", draft)
                .example("PUT /api/calls/{callId}", draft)
                .example("POST /api/calls/{callId}/candidacies", CandidacyTests.complete())
                .example("PUT /api/candidacies/{candidacyId}", CandidacyTests.complete())
                .run();

        assertThat(outcome.answered(4)).isGreaterThan(1_000);
        assertThat(TestTokens.as(anonymous, holderToken).getForEntity("/api/candidacies/{id}", JsonNode.class,
                candidacy.get("id").asText()).getStatusCode().value()).isEqualTo(200);
    }
}
