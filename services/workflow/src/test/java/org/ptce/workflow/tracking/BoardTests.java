package org.ptce.workflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.applications.api.CandidacyWithdrawn;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewTopics;
import org.ptce.review.api.ReviewersAssigned;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.api.WorkflowTopics;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * The coordinator's board of a call: every candidacy with its stage, who it waits on and since when, counted by
 * stage, filtered and paged by the service.
 */
@WorkflowServiceTest
class BoardTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    WorkflowEngine engine;

    KafkaTestClient kafka;
    TestRestTemplate coordinator;
    CallOpened call;

    @BeforeEach
    void openACall() {
        kafka = KafkaTestClient.reading(WorkflowTopics.CANDIDACIES);
        coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        kafka.publish(call);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, CONSUMED);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void theBoardCountsTheCallsCandidaciesByStageAndFiltersThem() {
        UUID checking = submit();
        UUID completing = submit();
        UUID underReview = submit();
        UUID withdrawn = submit();
        engine.completeTask(CandidacyProcess.KEY, completing.toString(),
                CandidacyProcess.Activities.CHECK_ADMISSIBILITY, "coordinator", Map.of(
                        CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "INCOMPLETE",
                        CandidacyProcess.Variables.MISSING_ITEMS, "Les statuts signés"));
        engine.completeTask(CandidacyProcess.KEY, underReview.toString(),
                CandidacyProcess.Activities.CHECK_ADMISSIBILITY, "coordinator", Map.of(
                        CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "ADMISSIBLE"));
        kafka.publish(new ReviewersAssigned(underReview, call.callId(),
                List.of(new ReviewersAssigned.Reviewer("reviewer-rtes", Network.RTES)), Set.of(Network.MES),
                Instant.now()));
        kafka.awaitConsumed("workflow", ReviewTopics.CANDIDACIES, CONSUMED);
        kafka.publish(new CandidacyWithdrawn(withdrawn, call.callId(), Instant.now()));
        kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);
        // The holder's time ran out a minute ago; the timer, a grace period later, has not fired yet.
        engine.setRunningVariables(CandidacyProcess.KEY, completing.toString(), Map.of(
                CandidacyProcess.Variables.COMPLETION_DUE_AT, Date.from(Instant.now().minusSeconds(60))));

        JsonNode board = board("");

        assertThat(board.get("allItems").asInt()).isEqualTo(4);
        assertThat(board.get("totalItems").asInt()).isEqualTo(4);
        assertThat(board.get("size").asInt()).isEqualTo(50);
        assertThat(board.get("items").findValuesAsText("candidacyId")).containsExactly(checking.toString(),
                completing.toString(), underReview.toString(), withdrawn.toString());
        assertThat(board.at("/stages/CheckAdmissibility").asInt()).isEqualTo(1);
        assertThat(board.at("/stages/AwaitCompletion").asInt()).isEqualTo(1);
        assertThat(board.at("/stages/AwaitReview").asInt()).isEqualTo(1);
        assertThat(board.at("/stages/Withdrawn").asInt()).isEqualTo(1);
        assertThat(board.at("/stages/Decided").asInt()).isZero();
        assertThat(board.get("overdue").asInt()).isEqualTo(1);
        JsonNode first = board.at("/items/0");
        assertThat(first.get("stage").asText()).isEqualTo("CheckAdmissibility");
        assertThat(first.get("stageName").asText()).isEqualTo("Vérifier la recevabilité");
        assertThat(first.get("waitingFor").asText()).isEqualTo("COORDINATORS");
        assertThat(first.get("ptceName").asText()).isEqualTo("PTCE du Val");
        assertThat(first.get("since").isNull()).isFalse();
        assertThat(first.get("overdue").asBoolean()).isFalse();
        JsonNode late = board.at("/items/1");
        assertThat(late.get("waitingFor").asText()).isEqualTo("HOLDER");
        assertThat(late.get("dueAt").isNull()).isFalse();
        assertThat(late.get("overdue").asBoolean()).isTrue();
        JsonNode reviewed = board.at("/items/2");
        assertThat(reviewed.get("waitingFor").asText()).isEqualTo("REVIEWERS");
        assertThat(reviewed.get("reviewerIds").get(0).asText()).isEqualTo("reviewer-rtes");
        assertThat(reviewed.get("uncoveredNetworks").get(0).asText()).isEqualTo("MES");
        JsonNode ended = board.at("/items/3");
        assertThat(ended.get("stage").asText()).isEqualTo("Withdrawn");
        assertThat(ended.get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(ended.get("stageName").asText()).isEqualTo("Retirée");
        assertThat(coordinator.getForEntity("/api/tracking/candidacies/{id}", JsonNode.class, withdrawn).getBody()
                .get("outcome").asText()).isEqualTo("WITHDRAWN");
        assertThat(ended.hasNonNull("waitingFor")).isFalse();
        assertThat(ended.get("endedAt").isNull()).isFalse();

        assertThat(board("&stage=AwaitReview").get("items").findValuesAsText("candidacyId"))
                .containsExactly(underReview.toString());
        assertThat(board("&network=MES").get("items").findValuesAsText("candidacyId"))
                .containsExactly(underReview.toString());
        assertThat(board("&network=RTES").get("totalItems").asInt()).isZero();
        assertThat(board("&overdue=true").get("items").findValuesAsText("candidacyId"))
                .containsExactly(completing.toString());
        assertThat(board("&outcome=LAUREATE").get("totalItems").asInt()).isZero();
        assertThat(board("&outcome=WITHDRAWN").get("items").findValuesAsText("candidacyId"))
                .containsExactly(withdrawn.toString());
        JsonNode second = board("&size=3&page=1");
        assertThat(second.get("items").findValuesAsText("candidacyId")).containsExactly(withdrawn.toString());
        assertThat(second.get("totalItems").asInt()).isEqualTo(4);
        assertThat(second.at("/stages/CheckAdmissibility").asInt()).as("the counts are the call's").isEqualTo(1);
    }

    @Test
    void theBoardSortsByNameAsFrenchDoesByLongestWaitingAndByDueDate() {
        UUID zebre = submit("Zèbre solidaire");
        UUID ecopole = submit("Écopôle du Val");
        UUID atelier = submit("atelier partagé");
        engine.completeTask(CandidacyProcess.KEY, zebre.toString(), CandidacyProcess.Activities.CHECK_ADMISSIBILITY,
                "coordinator", Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "INCOMPLETE",
                        CandidacyProcess.Variables.MISSING_ITEMS, "Les statuts signés"));
        engine.completeTask(CandidacyProcess.KEY, atelier.toString(),
                CandidacyProcess.Activities.CHECK_ADMISSIBILITY, "coordinator", Map.of(
                        CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "INCOMPLETE",
                        CandidacyProcess.Variables.MISSING_ITEMS, "Le budget"));
        engine.setRunningVariables(CandidacyProcess.KEY, atelier.toString(), Map.of(
                CandidacyProcess.Variables.COMPLETION_DUE_AT, Date.from(Instant.now().minusSeconds(60))));

        assertThat(board("").get("items").findValuesAsText("candidacyId")).as("by default, as submitted")
                .containsExactly(zebre.toString(), ecopole.toString(), atelier.toString());
        assertThat(board("&sort=PTCE").get("items").findValuesAsText("candidacyId"))
                .containsExactly(atelier.toString(), ecopole.toString(), zebre.toString());
        assertThat(board("&sort=WAITING").get("items").findValuesAsText("candidacyId")).as("still checked first")
                .containsExactly(ecopole.toString(), zebre.toString(), atelier.toString());
        assertThat(board("&sort=DUE").get("items").findValuesAsText("candidacyId")).as("the late one first")
                .containsExactly(atelier.toString(), zebre.toString(), ecopole.toString());
        assertThat(coordinator.getForEntity("/api/tracking/calls/{callId}/board?sort=sideways", JsonNode.class,
                call.callId()).getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void aBoardAskedWrongIsRefusedAtItsParameterAndOnlyCoordinatorsSeeIt() {
        submit();

        var stage = coordinator.getForEntity("/api/tracking/calls/{callId}/board?stage=Nowhere", JsonNode.class,
                call.callId());
        var size = coordinator.getForEntity("/api/tracking/calls/{callId}/board?size=500", JsonNode.class,
                call.callId());
        var unknown = coordinator.getForEntity("/api/tracking/calls/{callId}/board", JsonNode.class,
                UUID.randomUUID());

        assertThat(stage.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(stage.getBody().at("/errors/0/field").asText()).isEqualTo("stage");
        assertThat(size.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(size.getBody().at("/errors/0/field").asText()).isEqualTo("size");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        for (String token : List.of(TestTokens.reviewer("RTES"), TestTokens.delegate("MES"))) {
            assertThat(TestTokens.as(anonymous, token).getForEntity("/api/tracking/calls/{callId}/board",
                    JsonNode.class, call.callId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private JsonNode board(String filters) {
        var answer = coordinator.getForEntity("/api/tracking/calls/" + call.callId() + "/board"
                        + (filters.isEmpty() ? "" : "?" + filters.substring(1)),
                JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private UUID submit() {
        return submit("PTCE du Val");
    }

    private UUID submit(String ptceName) {
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(call.callId(), ptceName);
        kafka.publish(submitted);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);
        return submitted.candidacyId();
    }
}
