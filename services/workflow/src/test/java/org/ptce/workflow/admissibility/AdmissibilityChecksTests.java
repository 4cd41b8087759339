package org.ptce.workflow.admissibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.api.WorkflowTopics;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The coordinator decides admissibility through the API; nobody else does, and a bad decision changes nothing. */
@WorkflowServiceTest
class AdmissibilityChecksTests {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    WorkflowEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    ObjectMapper objectMapper;

    final String coordinatorId = UUID.randomUUID().toString();
    TestRestTemplate coordinator;
    KafkaTestClient kafka;
    CallOpened call;

    @BeforeEach
    void submitToAnOpenCall() {
        coordinator = TestTokens.as(anonymous, TestTokens.get().token(coordinatorId, List.of("COORDINATOR"), null));
        kafka = KafkaTestClient.reading(WorkflowTopics.CANDIDACIES);
        call = ApplicationsMessages.callOpened(Network.RTES, Network.COORACE);
        kafka.publish(call);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, Duration.ofSeconds(60));
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void theCoordinatorSeesThePendingChecksOfACallAndDecidesOne() throws Exception {
        CandidacySubmitted submitted = submit();

        var pending = coordinator.getForEntity("/api/admissibility/checks?callId={callId}", JsonNode.class,
                call.callId());

        assertThat(pending.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pending.getBody()).hasSize(1);
        assertThat(pending.getBody().get(0).get("candidacyId").asText())
                .isEqualTo(submitted.candidacyId().toString());
        assertThat(pending.getBody().get(0).get("ptceName").asText()).isEqualTo("PTCE du Val");
        assertThat(pending.getBody().get(0).get("eligible").asBoolean()).isTrue();
        JsonNode facts = pending.getBody().get(0).get("facts");
        assertThat(facts.get("privateLawEntity").asBoolean()).isTrue();
        assertThat(facts.get("memberCount").asInt()).isEqualTo(3);
        assertThat(facts.get("essEnterprises").asInt()).isEqualTo(1);
        assertThat(facts.get("enterprisesOutsideEss").asInt()).isEqualTo(1);
        assertThat(facts.get("otherArticle9Actors").asInt()).isEqualTo(1);
        assertThat(facts.get("territoryDefined").asBoolean()).isTrue();
        assertThat(facts.get("projectDescribed").asBoolean()).isTrue();
        assertThat(facts.get("declaresNoPriorStateSupport").asBoolean()).isTrue();
        assertThat(pending.getBody().get(0).hasNonNull("missingItemsAsked")).isFalse();

        var decided = coordinator.postForEntity("/api/admissibility/checks/{id}",
                Map.of("outcome", "INADMISSIBLE", "motivation", "Projet hors du champ de l'appel"), JsonNode.class,
                submitted.candidacyId());

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var record = kafka.awaitRecord(r -> submitted.candidacyId().toString().equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(KafkaTestClient.header(record, CloudEventHeaders.ACTOR)).isEqualTo(coordinatorId);
        assertThat(objectMapper.readTree(record.value()).get("motivation").asText())
                .isEqualTo("Projet hors du champ de l'appel");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(
                submitted.candidacyId().toString()).taskDefinitionKey(
                CandidacyProcess.Activities.CHECK_ADMISSIBILITY).singleResult().getAssignee())
                .isEqualTo(coordinatorId);
        assertThat(coordinator.getForEntity("/api/admissibility/checks?callId={callId}", JsonNode.class,
                call.callId()).getBody()).isEmpty();
    }

    @Test
    void aDecisionIsTakenOnceAndAnUnknownCandidacyIsNotFound() {
        CandidacySubmitted submitted = submit();
        var admissible = Map.of("outcome", "ADMISSIBLE");
        coordinator.postForEntity("/api/admissibility/checks/{id}", admissible, JsonNode.class,
                submitted.candidacyId());

        var again = coordinator.postForEntity("/api/admissibility/checks/{id}", admissible, JsonNode.class,
                submitted.candidacyId());
        var unknown = coordinator.postForEntity("/api/admissibility/checks/{id}", admissible, JsonNode.class,
                UUID.randomUUID());

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("detail").asText()).contains("not waiting for an admissibility check");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDecisionThatLacksWhatTheHolderIsOwedIsRefusedAndTheCheckStaysOpen() {
        CandidacySubmitted submitted = submit();

        var incomplete = coordinator.postForEntity("/api/admissibility/checks/{id}",
                Map.of("outcome", "INCOMPLETE", "motivation", "Il manque des pièces"), JsonNode.class,
                submitted.candidacyId());
        var inadmissible = coordinator.postForEntity("/api/admissibility/checks/{id}",
                Map.of("outcome", "INADMISSIBLE", "motivation", "  "), JsonNode.class, submitted.candidacyId());
        var unknownOutcome = coordinator.postForEntity("/api/admissibility/checks/{id}",
                Map.of("outcome", "MAYBE"), JsonNode.class, submitted.candidacyId());
        var noOutcome = coordinator.postForEntity("/api/admissibility/checks/{id}", Map.of(), JsonNode.class,
                submitted.candidacyId());
        var huge = coordinator.postForEntity("/api/admissibility/checks/{id}",
                Map.of("outcome", "INADMISSIBLE", "motivation", "x".repeat(5000)), JsonNode.class,
                submitted.candidacyId());

        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(incomplete.getBody().at("/errors/0/field").asText()).isEqualTo("missingItems");
        assertThat(inadmissible.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(inadmissible.getBody().at("/errors/0/field").asText()).isEqualTo("motivation");
        assertThat(unknownOutcome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownOutcome.getBody().at("/errors/0/field").asText()).isEqualTo("outcome");
        assertThat(noOutcome.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noOutcome.getBody().at("/errors/0/field").asText()).isEqualTo("outcome");
        assertThat(huge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(huge.getBody().at("/errors/0/field").asText()).isEqualTo("motivation");
        assertThat(engine.track(CandidacyProcess.KEY, submitted.candidacyId().toString()).orElseThrow().waitingIn())
                .extracting(step -> step.activityId()).containsExactly(CandidacyProcess.Activities.CHECK_ADMISSIBILITY);
    }

    @Test
    void onlyACoordinatorChecksAdmissibility() {
        CandidacySubmitted submitted = submit();
        var decision = Map.of("outcome", "ADMISSIBLE");

        for (String token : List.of(TestTokens.holder(submitted.holderId()), TestTokens.reviewer("RTES"),
                TestTokens.delegate("COORACE"))) {
            var as = TestTokens.as(anonymous, token);
            assertThat(as.getForEntity("/api/admissibility/checks", JsonNode.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as.postForEntity("/api/admissibility/checks/{id}", decision, JsonNode.class,
                    submitted.candidacyId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(anonymous.postForEntity("/api/admissibility/checks/{id}", decision, JsonNode.class,
                submitted.candidacyId()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(engine.track(CandidacyProcess.KEY, submitted.candidacyId().toString()).orElseThrow().waitingIn())
                .extracting(step -> step.activityId()).containsExactly(CandidacyProcess.Activities.CHECK_ADMISSIBILITY);
    }

    private CandidacySubmitted submit() {
        var submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        kafka.publish(submitted);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, Duration.ofSeconds(60));
        return submitted;
    }
}
