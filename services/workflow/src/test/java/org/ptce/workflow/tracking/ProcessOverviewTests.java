package org.ptce.workflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
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

/**
 * The picture of a call's process: the candidacy model's diagram, the call's candidacies at each step, and how long
 * each step took them, on real processes moved through their steps on the engine's clock.
 */
@WorkflowServiceTest
class ProcessOverviewTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    WorkflowEngine engine;

    KafkaTestClient kafka;
    TestRestTemplate coordinator;
    CallOpened call;
    Instant start;

    @BeforeEach
    void openACall() {
        kafka = KafkaTestClient.reading(WorkflowTopics.CANDIDACIES);
        coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        kafka.publish(call);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, CONSUMED);
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(start));
    }

    @AfterEach
    void close() {
        ClockUtil.reset();
        kafka.close();
    }

    @Test
    void eachStepHasTheCandidaciesWaitingInItThoseEndedThereAndTheLengthOfItsPassages() {
        UUID reviewed = submit();
        UUID completing = submit();
        UUID awaitingReviewers = submit();
        UUID withdrawn = submit();
        at(Duration.ofHours(2));
        check(reviewed, "ADMISSIBLE");
        at(Duration.ofHours(3));
        engine.correlate(CandidacyProcess.Messages.REVIEWERS_ASSIGNED, reviewed.toString(), Map.of(
                CandidacyProcess.Variables.REVIEWER_IDS, "reviewer-rtes,reviewer-mes",
                CandidacyProcess.Variables.UNCOVERED_NETWORKS, ""));
        at(Duration.ofHours(4));
        check(completing, "INCOMPLETE");
        at(Duration.ofHours(5));
        engine.correlate(CandidacyProcess.Messages.CANDIDACY_WITHDRAWN, withdrawn.toString());
        at(Duration.ofHours(6));
        check(awaitingReviewers, "ADMISSIBLE");

        JsonNode process = process(call.callId());

        assertThat(process.get("candidacies").asInt()).isEqualTo(4);
        assertThat(process.get("running").asInt()).isEqualTo(3);
        JsonNode checking = step(process, CandidacyProcess.Activities.CHECK_ADMISSIBILITY);
        assertThat(checking.get("name").asText()).isEqualTo("Vérifier la recevabilité");
        assertThat(checking.get("kind").asText()).isEqualTo("task");
        assertThat(checking.get("type").asText()).isEqualTo("userTask");
        assertThat(checking.get("waitingNow").asInt()).isZero();
        assertThat(checking.get("passages").asInt()).as("the withdrawn candidacy's check was cut short")
                .isEqualTo(3);
        assertThat(checking.get("median").asText()).isEqualTo("PT4H");
        assertThat(checking.get("slowest").asText()).isEqualTo("PT6H");
        JsonNode assignment = step(process, CandidacyProcess.Activities.AWAIT_REVIEWERS);
        assertThat(assignment.get("waitingNow").asInt()).isEqualTo(1);
        assertThat(assignment.get("passages").asInt()).isEqualTo(1);
        assertThat(assignment.get("median").asText()).isEqualTo("PT1H");
        assertThat(assignment.get("slowest").asText()).isEqualTo("PT1H");
        JsonNode review = step(process, CandidacyProcess.Activities.AWAIT_REVIEW);
        assertThat(review.get("waitingNow").asInt()).isEqualTo(1);
        assertThat(review.get("passages").asInt()).isZero();
        assertThat(review.hasNonNull("median")).isFalse();
        assertThat(step(process, CandidacyProcess.Activities.AWAIT_COMPLETION).get("waitingNow").asInt())
                .isEqualTo(1);
        assertThat(step(process, CandidacyProcess.Activities.APPLY_ELIGIBILITY_RULES).get("passages").asInt())
                .isEqualTo(4);
        assertThat(step(process, CandidacyProcess.Activities.WITHDRAWN).get("endedThere").asInt()).isEqualTo(1);
        assertThat(step(process, CandidacyProcess.Activities.DECIDED).get("endedThere").asInt()).isZero();
        assertThat(process.get("steps").findValuesAsText("activityId")).as("in the model's order")
                .startsWith("CandidacySubmitted", "ApplyEligibilityRules", "CheckAdmissibility",
                        "AdmissibilityDecision");
    }

    @Test
    void theDiagramIsTheModelsOwnWithItsShapesFlowsAndBounds() {
        JsonNode diagram = process(call.callId()).get("diagram");

        assertThat(diagram.get("processKey").asText()).isEqualTo(CandidacyProcess.KEY);
        JsonNode check = shape(diagram, "CheckAdmissibility");
        assertThat(check.get("kind").asText()).isEqualTo("task");
        assertThat(check.get("type").asText()).isEqualTo("userTask");
        assertThat(check.get("name").asText()).isEqualTo("Vérifier la recevabilité");
        assertThat(List.of(check.get("x").asDouble(), check.get("y").asDouble(), check.get("width").asDouble(),
                check.get("height").asDouble())).containsExactly(420.0, 160.0, 130.0, 80.0);
        assertThat(shape(diagram, "AdmissibilityDecision").get("kind").asText()).isEqualTo("gateway");
        JsonNode submitted = shape(diagram, "CandidacySubmitted");
        assertThat(submitted.get("type").asText()).isEqualTo("startEvent");
        assertThat(submitted.get("eventDefinition").asText()).isEqualTo("message");
        assertThat(submitted.at("/label/width").asDouble()).isEqualTo(86.0);
        JsonNode overdue = shape(diagram, "EvaluationsOverdue");
        assertThat(overdue.get("type").asText()).isEqualTo("boundaryEvent");
        assertThat(overdue.get("eventDefinition").asText()).isEqualTo("timer");
        assertThat(overdue.get("dashed").asBoolean()).as("non-interrupting").isTrue();
        assertThat(shape(diagram, "ReviewDeadlinePassed").get("dashed").asBoolean()).isFalse();
        JsonNode withdrawal = shape(diagram, "Withdrawal");
        assertThat(withdrawal.get("kind").asText()).isEqualTo("subprocess");
        assertThat(withdrawal.get("dashed").asBoolean()).as("an event subprocess").isTrue();
        assertThat(shape(diagram, "Decided").get("type").asText()).isEqualTo("endEvent");
        JsonNode loop = edge(diagram, "Flow_Completed_Rules");
        assertThat(loop.get("name").asText()).isEqualTo("complétée");
        assertThat(loop.get("waypoints")).hasSize(5);
        assertThat(loop.at("/waypoints/0/x").asDouble()).isEqualTo(1010.0);
        assertThat(loop.at("/waypoints/4/y").asDouble()).isEqualTo(240.0);
        assertThat(edge(diagram, "Flow_Decision_Admissible").get("name").asText()).isEqualTo("oui");
        JsonNode bounds = diagram.get("bounds");
        assertThat(List.of(bounds.get("x").asDouble(), bounds.get("y").asDouble(), bounds.get("width").asDouble(),
                bounds.get("height").asDouble())).containsExactly(127.0, 20.0, 1533.0, 700.0);
        assertThat(process(call.callId()).get("candidacies").asInt()).as("a call without candidacies").isZero();
    }

    @Test
    void onlyCoordinatorsSeeACallsProcessAndAnUnknownCallHasNone() {
        assertThat(coordinator.getForEntity("/api/tracking/calls/{callId}/process", JsonNode.class,
                UUID.randomUUID()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        for (String token : List.of(TestTokens.reviewer("RTES"), TestTokens.delegate("MES"),
                TestTokens.holder(UUID.randomUUID().toString()))) {
            assertThat(TestTokens.as(anonymous, token).getForEntity("/api/tracking/calls/{callId}/process",
                    JsonNode.class, call.callId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private JsonNode process(UUID callId) {
        var answer = coordinator.getForEntity("/api/tracking/calls/{callId}/process", JsonNode.class, callId);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static JsonNode step(JsonNode process, String activityId) {
        return find(process.get("steps"), "activityId", activityId);
    }

    private static JsonNode shape(JsonNode diagram, String activityId) {
        return find(diagram.get("shapes"), "activityId", activityId);
    }

    private static JsonNode edge(JsonNode diagram, String id) {
        return find(diagram.get("edges"), "id", id);
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("No " + field + " " + value + " in " + items);
    }

    /** The engine's clock, this long after the candidacies were submitted. */
    private void at(Duration after) {
        ClockUtil.setCurrentTime(Date.from(start.plus(after)));
    }

    private void check(UUID candidacyId, String outcome) {
        Map<String, Object> decision = "INCOMPLETE".equals(outcome)
                ? Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, outcome,
                        CandidacyProcess.Variables.MISSING_ITEMS, "Les statuts signés")
                : Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, outcome);
        assertThat(engine.completeTask(CandidacyProcess.KEY, candidacyId.toString(),
                CandidacyProcess.Activities.CHECK_ADMISSIBILITY, "coordinator", decision)).isTrue();
    }

    private UUID submit() {
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        kafka.publish(submitted);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);
        return submitted.candidacyId();
    }
}
