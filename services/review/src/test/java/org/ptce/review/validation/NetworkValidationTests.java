package org.ptce.review.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewTopics;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.RankedListProposed;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Each network's delegate answers each round of the list for their own network, once, with a reason to reject. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class NetworkValidationTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    ObjectMapper objectMapper;

    KafkaTestClient kafka;
    CallOpened call;

    @BeforeEach
    void proposeAList() {
        kafka = KafkaTestClient.reading(ReviewTopics.CALLS);
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES, Network.OPALE);
        kafka.publish(call);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
        propose(1);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void eachDelegateAnswersForTheirOwnNetworkOnceAndARejectionSaysWhy() throws Exception {
        var rtes = TestTokens.as(anonymous, TestTokens.delegate("RTES"));
        var mes = TestTokens.as(anonymous, TestTokens.delegate("MES"));

        var pending = rtes.getForEntity("/api/review/validations", JsonNode.class);
        assertThat(pending.getBody().findValuesAsText("callId")).contains(call.callId().toString());
        var approved = answer(rtes, 1, true, null);
        var again = answer(rtes, 1, false, "Changement d'avis");
        var silentRejection = answer(mes, 1, false, "  ");
        var rejected = answer(mes, 1, false, "Le réseau demande de revoir la réserve");

        assertThat(approved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(silentRejection.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(silentRejection.getBody().at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(rejected.getBody().get("network").asText()).isEqualTo("MES");
        var answers = kafka.readFor(Duration.ofSeconds(2)).stream()
                .filter(r -> call.callId().toString().equals(r.key())
                        && "org.ptce.review.NetworkValidated.v1".equals(KafkaTestClient.header(r,
                        CloudEventHeaders.TYPE)))
                .map(r -> readQuietly(r.value())).toList();
        assertThat(answers).extracting(answer -> answer.get("network").asText()).containsExactly("RTES", "MES");
        assertThat(answers.get(1).get("reason").asText()).isEqualTo("Le réseau demande de revoir la réserve");
        var coordinatorView = TestTokens.as(anonymous, TestTokens.coordinator())
                .getForEntity("/api/review/calls/{callId}/validations", JsonNode.class, call.callId());
        assertThat(coordinatorView.getBody().findValuesAsText("delegateId")).hasSize(2);
    }

    @Test
    void aRoundIsAnsweredOnlyByTheCallsNetworksAndNotOnceSuperseded() {
        var ufisc = TestTokens.as(anonymous, TestTokens.delegate("UFISC"));
        var opale = TestTokens.as(anonymous, TestTokens.delegate("OPALE"));
        var reviewer = TestTokens.as(anonymous, TestTokens.reviewer("RTES"));

        assertThat(answer(ufisc, 1, true, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer(reviewer, 1, true, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer(opale, 7, true, null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        propose(2);

        var late = answer(opale, 1, true, null);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("detail").asText()).contains("superseded by round 2");
        assertThat(answer(opale, 2, true, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void propose(int round) {
        kafka.publish(new RankedListProposed(call.callId(), round, new RankedList(
                List.of(new RankedList.Entry(UUID.randomUUID(), "Projet exemplaire")), List.of(),
                List.of(new RankedList.Entry(UUID.randomUUID(), "Ancrage insuffisant"))), Instant.now()));
        kafka.awaitConsumed("review", WorkflowTopics.CALLS, CONSUMED);
    }

    private ResponseEntity<JsonNode> answer(TestRestTemplate delegate, int round, boolean approved, String reason) {
        var body = new HashMap<String, Object>();
        body.put("approved", approved);
        body.put("reason", reason);
        return delegate.postForEntity("/api/review/validations/{callId}/rounds/{round}", body, JsonNode.class,
                call.callId(), round);
    }

    private JsonNode readQuietly(byte[] value) {
        try {
            return objectMapper.readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
