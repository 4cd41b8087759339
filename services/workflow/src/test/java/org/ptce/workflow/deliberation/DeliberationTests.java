package org.ptce.workflow.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.messaging.DeadLetters;
import org.ptce.publication.api.PublicationTopics;
import org.ptce.publication.api.ResultsPublished;
import org.ptce.review.api.Network;
import org.ptce.review.api.NetworkValidated;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.review.api.ReviewTopics;
import org.ptce.review.api.ReviewersAssigned;
import org.ptce.review.api.Vote;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.api.WorkflowTopics;
import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A call from its deadline to its closing, driven by the other services' messages and the coordinator's API: the
 * deliberation places every reviewed candidacy once, the networks' answers decide, the publication closes all.
 */
@WorkflowServiceTest
class DeliberationTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    WorkflowEngine engine;
    @Autowired
    ManagementService management;

    KafkaTestClient kafka;
    TestRestTemplate coordinator;
    CallOpened call;

    @BeforeEach
    void openACall() {
        kafka = KafkaTestClient.reading(WorkflowTopics.CALLS, DeadLetters.topicFor(ReviewTopics.CALLS),
                DeadLetters.topicFor(PublicationTopics.CALLS), DeadLetters.topicFor(ReviewTopics.CANDIDACIES));
        coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        kafka.publish(call);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, CONSUMED);
    }

    @AfterEach
    void close() {
        ClockUtil.reset();
        kafka.close();
    }

    @Test
    void theDeliberationPlacesEveryReviewedCandidacyOnceThenTheNetworksDecideAndThePublicationCloses() {
        UUID first = reviewed(new BigDecimal("3.8"));
        UUID second = reviewed(new BigDecimal("2.4"));
        assertThat(decide(List.of(entry(first)), List.of(entry(second))).getStatusCode())
                .as("before the deadline").isEqualTo(HttpStatus.CONFLICT);
        passDeadline();

        var view = coordinator.getForEntity("/api/deliberation/calls/{callId}", JsonNode.class, call.callId());
        assertThat(view.getBody().get("openSince").isNull()).isFalse();
        assertThat(view.getBody().get("reviewed").findValuesAsText("candidacyId"))
                .containsExactly(first.toString(), second.toString());
        var unknown = decide(List.of(entry(first), entry(UUID.randomUUID())), List.of(entry(second)));
        var twice = decide(List.of(entry(first)), List.of(entry(second), entry(first)));
        var leftOut = decide(List.of(entry(first)), List.of());
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unknown.getBody().at("/errors/0/field").asText()).isEqualTo("laureates[1].candidacyId");
        assertThat(twice.getBody().at("/errors/0/field").asText()).isEqualTo("notSelected[1].candidacyId");
        assertThat(leftOut.getBody().at("/errors/0/field").asText()).isEqualTo("notSelected");
        var checkedLeftOut = check(List.of(entry(first)), List.of());
        var checkedBlank = check(List.of(entry(first, " ")), List.of(entry(second)));
        assertThat(checkedLeftOut.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(checkedLeftOut.getBody().at("/errors/0/field").asText()).isEqualTo("notSelected");
        assertThat(checkedBlank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(checkedBlank.getBody().at("/errors/0/field").asText()).isEqualTo("laureates[0].motivation");
        assertThat(check(List.of(entry(first)), List.of(entry(second))).getStatusCode())
                .as("a list checked is not decided").isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.track(CallProcess.KEY, call.callId().toString()).orElseThrow().waitingIn())
                .extracting(step -> step.activityId()).containsExactly(CallProcess.Activities.DELIBERATE);
        assertThat(view.getBody().hasNonNull("lastProposed")).isFalse();
        assertThat(TestTokens.as(anonymous, TestTokens.delegate("RTES")).getForEntity(
                "/api/deliberation/calls/{callId}", JsonNode.class, call.callId()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(decide(List.of(entry(first)), List.of(entry(second))).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        kafka.awaitRecord(r -> isType(r.key(), r, "org.ptce.workflow.RankedListProposed.v1"), CONSUMED);
        answer(1, Network.RTES, true, null);
        answer(1, Network.MES, false, "La réserve manque");
        kafka.awaitConsumed("workflow", ReviewTopics.CALLS, CONSUMED);
        assertThat(engine.track(CallProcess.KEY, call.callId().toString()).orElseThrow().waitingIn())
                .extracting(step -> step.activityId()).containsExactly(CallProcess.Activities.DELIBERATE);
        var rejected = coordinator.getForEntity("/api/deliberation/calls/{callId}", JsonNode.class, call.callId())
                .getBody();
        assertThat(rejected.get("round").asInt()).isEqualTo(1);
        assertThat(rejected.at("/lastProposed/laureates/0/candidacyId").asText()).isEqualTo(first.toString());
        assertThat(rejected.at("/lastProposed/notSelected/0/motivation").asText()).isEqualTo("Motivation du comité");
        assertThat(rejected.get("lastAnswers").findValuesAsText("reason")).contains("La réserve manque");

        // Long motivations: the list is more than an engine string variable holds.
        String longMotivation = "Le comité salue un projet remarquable. ".repeat(100);
        assertThat(decide(List.of(entry(first, longMotivation)), List.of(entry(second, longMotivation)))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        answer(2, Network.MES, true, null);
        var stale = new NetworkValidated(call.callId(), 1, Network.RTES, false, "Ancienne réponse", "delegate",
                Instant.now());
        kafka.publish(stale);
        answer(2, Network.RTES, true, null);
        kafka.awaitConsumed("workflow", ReviewTopics.CALLS, CONSUMED);
        kafka.awaitRecord(r -> isType(r.key(), r, "org.ptce.workflow.ResultsDecided.v1"), CONSUMED);

        var published = new ResultsPublished(call.callId(), 1, 2, Instant.now());
        String id = kafka.publish(published);
        kafka.publish(published, id);
        kafka.publish(new ResultsPublished(call.callId(), 1, 2, Instant.now()));
        kafka.awaitConsumed("workflow", PublicationTopics.CALLS, CONSUMED);

        assertThat(engine.hasEnded(CallProcess.KEY, call.callId().toString())).isTrue();
        assertThat(outcome(first)).isEqualTo("LAUREATE");
        assertThat(outcome(second)).isEqualTo("NOT_SELECTED");
        assertThat(kafka.readFor(Duration.ofSeconds(1))).noneMatch(r -> r.topic().endsWith(".dlt")
                && call.callId().toString().equals(r.key()));
        var stages = coordinator.getForEntity("/api/tracking/calls/{callId}/board", JsonNode.class,
                call.callId()).getBody().get("items");
        assertThat(stages.findValuesAsText("outcome")).containsExactly("LAUREATE", "NOT_SELECTED");
        var track = coordinator.getForEntity("/api/tracking/candidacies/{id}", JsonNode.class, first).getBody();
        assertThat(track.get("outcome").asText()).isEqualTo("LAUREATE");
        var timeline = track.get("timeline");
        assertThat(timeline.findValuesAsText("message")).containsSubsequence("CandidacySubmitted",
                "AdmissibilityDecided", "AssignReviewers", "ReviewersAssigned", "ReviewCompleted", "ResultsDecided",
                "ResultsPublished");
        assertThat(timeline.get(timeline.size() - 1).get("message").asText()).isEqualTo("ResultsPublished");
        assertThat(timeline.findValuesAsText("direction")).contains("RECEIVED", "SENT");
        var callTimeline = coordinator.getForEntity("/api/tracking/calls/{callId}", JsonNode.class, call.callId())
                .getBody().get("timeline");
        assertThat(callTimeline.findValuesAsText("message")).containsSubsequence("CallOpened", "RankedListProposed",
                "NetworkValidated", "RankedListProposed", "ResultsDecided", "ResultsPublished");
    }

    @Test
    void noDeliberationWhileACandidacyIsStillUnderReview() {
        reviewed(new BigDecimal("3"));
        var submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        kafka.publish(submitted);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);
        passDeadline();

        var refused = decide(List.of(), List.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().get("detail").asText()).contains("1 candidacies");
        assertThat(coordinator.getForEntity("/api/deliberation/calls/{callId}", JsonNode.class, call.callId())
                .getBody().get("stillUnderReview").asInt()).isEqualTo(1);
        var checking = coordinator.getForEntity("/api/tracking/calls/{callId}/board", JsonNode.class,
                call.callId()).getBody().get("items").get(1);
        assertThat(checking.get("candidacyId").asText()).isEqualTo(submitted.candidacyId().toString());
        assertThat(checking.get("stageName").asText()).isEqualTo("Vérifier la recevabilité");
        assertThat(checking.get("waitingOn").asText()).isEqualTo("coordinateurs");
        assertThat(checking.get("since").isNull()).isFalse();
        assertThat(coordinator.getForEntity("/api/deliberation/calls/{callId}", JsonNode.class, UUID.randomUUID())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** A candidacy of the call taken through admissibility and review, now waiting for the call's decision. */
    private UUID reviewed(BigDecimal weightedTotal) {
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        kafka.publish(submitted);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);
        engine.completeTask(CandidacyProcess.KEY, submitted.candidacyId().toString(),
                CandidacyProcess.Activities.CHECK_ADMISSIBILITY, "coordinator",
                Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "ADMISSIBLE"));
        kafka.publish(new ReviewersAssigned(submitted.candidacyId(), call.callId(),
                List.of(new ReviewersAssigned.Reviewer("reviewer", Network.RTES)), Set.of(Network.MES),
                Instant.now()));
        kafka.publish(new ReviewCompleted(submitted.candidacyId(), call.callId(), List.of(), weightedTotal,
                new BigDecimal("3"), weightedTotal.compareTo(new BigDecimal("3")) >= 0,
                List.of(new ReviewCompleted.NetworkVote(Network.RTES, Vote.FAVOURABLE, 1)), Instant.now()));
        kafka.awaitConsumed("workflow", ReviewTopics.CANDIDACIES, CONSUMED);
        return submitted.candidacyId();
    }

    private void passDeadline() {
        ClockUtil.setCurrentTime(Date.from(call.submissionDeadline().plusSeconds(1)));
        String processId = runtimeProcessId();
        management.executeJob(management.createJobQuery().processInstanceId(processId).singleResult().getId());
    }

    private String runtimeProcessId() {
        return engine.track(CallProcess.KEY, call.callId().toString()).orElseThrow().processInstanceId();
    }

    private ResponseEntity<JsonNode> decide(List<Map<String, Object>> laureates, List<Map<String, Object>> others) {
        return coordinator.postForEntity("/api/deliberation/calls/{callId}",
                Map.of("laureates", laureates, "reserve", List.of(), "notSelected", others), JsonNode.class,
                call.callId());
    }

    private ResponseEntity<JsonNode> check(List<Map<String, Object>> laureates, List<Map<String, Object>> others) {
        return coordinator.postForEntity("/api/deliberation/calls/{callId}/check",
                Map.of("laureates", laureates, "reserve", List.of(), "notSelected", others), JsonNode.class,
                call.callId());
    }

    private static Map<String, Object> entry(UUID candidacyId) {
        return entry(candidacyId, "Motivation du comité");
    }

    private static Map<String, Object> entry(UUID candidacyId, String motivation) {
        return Map.of("candidacyId", candidacyId.toString(), "motivation", motivation);
    }

    private void answer(int round, Network network, boolean approved, String reason) {
        kafka.publish(new NetworkValidated(call.callId(), round, network, approved, reason, "delegate-" + network,
                Instant.now()));
    }

    private String outcome(UUID candidacyId) {
        return (String) engine.historicVariable(CandidacyProcess.KEY, candidacyId.toString(),
                CandidacyProcess.Variables.OUTCOME).orElseThrow();
    }

    private boolean isType(String key, ConsumerRecord<String, byte[]> record, String type) {
        return call.callId().toString().equals(key) && type.equals(KafkaTestClient.header(record,
                CloudEventHeaders.TYPE));
    }
}
