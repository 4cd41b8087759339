package org.ptce.workflow.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacyCompleted;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.applications.api.CandidacyWithdrawn;
import org.ptce.messaging.DeadLetters;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.review.api.ReviewTopics;
import org.ptce.review.api.ReviewerReplaced;
import org.ptce.review.api.ReviewersAssigned;
import org.ptce.review.api.Vote;
import org.ptce.testing.KafkaTestClient;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.candidacy.CandidacyProcess.Activities;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The candidacy messages from Kafka drive the candidacy process: each has one effect however often it comes, a
 * candidacy that overtakes its call waits for it, and what comes after the end changes nothing.
 */
@WorkflowServiceTest
@ExtendWith(OutputCaptureExtension.class)
class CandidacyMessagesTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    HistoryService history;
    @Autowired
    WorkflowEngine engine;

    KafkaTestClient deadLetters;
    CallOpened call;

    @BeforeEach
    void openACall() {
        deadLetters = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CANDIDACIES),
                DeadLetters.topicFor(ReviewTopics.CANDIDACIES));
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        deadLetters.publish(call);
        deadLetters.awaitConsumed("workflow", ApplicationsTopics.CALLS, CONSUMED);
    }

    @AfterEach
    void close() {
        deadLetters.close();
    }

    @Test
    void aSubmittedCandidacyStartsItsProcessOnceAndItsWithdrawalEndsIt() {
        var submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        String candidacyId = submitted.candidacyId().toString();

        String id = deadLetters.publish(submitted);
        deadLetters.publish(submitted, id);
        deadLetters.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);

        var track = engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow();
        assertThat(track.waitingIn()).extracting(step -> step.activityId())
                .containsExactly(Activities.CHECK_ADMISSIBILITY);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CandidacyProcess.KEY)
                .processInstanceBusinessKey(candidacyId).count()).isEqualTo(1);
        assertThat(engine.variable(CandidacyProcess.KEY, candidacyId,
                CandidacyProcess.Variables.COMPLETION_TIME_LIMIT)).contains(call.completionTimeLimit());

        deadLetters.publish(new CandidacyWithdrawn(submitted.candidacyId(), submitted.callId(), Instant.now()));
        deadLetters.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);

        assertThat(engine.hasEnded(CandidacyProcess.KEY, candidacyId)).isTrue();
        assertThat(passed(track.processInstanceId(), Activities.WITHDRAWN)).isEqualTo(1);
        assertThat(deadLetters.readFor(Duration.ofSeconds(1))).noneMatch(letter -> candidacyId.equals(letter.key()));
    }

    @Test
    void aCandidacyThatOvertakesItsCallWaitsForTheCallsProcess(CapturedOutput output) {
        var lateCall = ApplicationsMessages.callOpened(Network.UFISC);
        var submitted = ApplicationsMessages.candidacySubmitted(lateCall.callId());
        String candidacyId = submitted.candidacyId().toString();

        deadLetters.publish(submitted);
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(
                "The process of call " + lateCall.callId() + " does not run (yet)"));
        assertThat(engine.track(CandidacyProcess.KEY, candidacyId)).isEmpty();
        deadLetters.publish(lateCall);

        await().atMost(Duration.ofSeconds(60)).until(() -> engine.track(CandidacyProcess.KEY, candidacyId)
                .isPresent());
        assertThat(deadLetters.readFor(Duration.ofSeconds(1))).noneMatch(letter -> candidacyId.equals(letter.key()));
    }

    @Test
    void aCompletionDeliveredTwiceIsCheckedOnce() {
        var submitted = submitAndDecide(Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "INCOMPLETE",
                CandidacyProcess.Variables.MISSING_ITEMS, "Les statuts"));
        String candidacyId = submitted.candidacyId().toString();

        var completed = new CandidacyCompleted(submitted.candidacyId(), submitted.callId(), submitted.dossier(),
                Instant.now());
        String id = deadLetters.publish(completed);
        deadLetters.publish(completed, id);
        deadLetters.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);

        var track = engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow();
        assertThat(track.waitingIn()).extracting(step -> step.activityId())
                .containsExactly(Activities.CHECK_ADMISSIBILITY);
        assertThat(passed(track.processInstanceId(), Activities.APPLY_ELIGIBILITY_RULES)).isEqualTo(2);
        assertThat(deadLetters.readFor(Duration.ofSeconds(1))).noneMatch(letter -> candidacyId.equals(letter.key()));
    }

    @Test
    void assignmentAndReviewDeliveredTwiceMoveTheProcessOnce() {
        var submitted = submitAndDecide(Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "ADMISSIBLE"));
        String candidacyId = submitted.candidacyId().toString();

        var assigned = new ReviewersAssigned(submitted.candidacyId(), submitted.callId(),
                List.of(new ReviewersAssigned.Reviewer("reviewer-rtes", Network.RTES)), Set.of(Network.MES),
                Instant.now());
        String id = deadLetters.publish(assigned);
        deadLetters.publish(assigned, id);
        deadLetters.awaitConsumed("workflow", ReviewTopics.CANDIDACIES, CONSUMED);

        var track = engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow();
        assertThat(track.waitingIn()).extracting(step -> step.activityId()).containsExactly(Activities.AWAIT_REVIEW);
        assertThat(engine.variable(CandidacyProcess.KEY, candidacyId, CandidacyProcess.Variables.UNCOVERED_NETWORKS))
                .contains("MES");

        var reviewed = new ReviewCompleted(submitted.candidacyId(), submitted.callId(), List.of(
                new ReviewCompleted.CriterionResult("COOPERATION", 1, new BigDecimal("3.5"), new BigDecimal("2"),
                        true)),
                new BigDecimal("3.5"), new BigDecimal("3"), true,
                List.of(new ReviewCompleted.NetworkVote(Network.RTES, Vote.FAVOURABLE, 1)), Instant.now());
        String reviewId = deadLetters.publish(reviewed);
        deadLetters.publish(reviewed, reviewId);
        deadLetters.awaitConsumed("workflow", ReviewTopics.CANDIDACIES, CONSUMED);

        assertThat(engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow().waitingIn())
                .extracting(step -> step.activityId()).containsExactly(Activities.AWAIT_DECISION);
        assertThat(deadLetters.readFor(Duration.ofSeconds(1))).noneMatch(letter -> candidacyId.equals(letter.key()));
    }

    @Test
    void aReviewerReplacedOrAddedIsWaitedOnAndANetworkWithoutOneIsNamedUntilItGetsOne() {
        var submitted = submitAndDecide(Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "ADMISSIBLE"));
        String candidacyId = submitted.candidacyId().toString();
        deadLetters.publish(new ReviewersAssigned(submitted.candidacyId(), submitted.callId(),
                List.of(new ReviewersAssigned.Reviewer("reviewer-rtes", Network.RTES),
                        new ReviewersAssigned.Reviewer("reviewer-mes", Network.MES)), Set.of(), Instant.now()));

        var replaced = new ReviewerReplaced(submitted.candidacyId(), submitted.callId(), Network.RTES,
                "reviewer-rtes", "reviewer-rtes-2", Instant.now());
        String id = deadLetters.publish(replaced);
        deadLetters.publish(replaced, id);
        deadLetters.publish(new ReviewerReplaced(submitted.candidacyId(), submitted.callId(), Network.MES,
                "reviewer-mes", null, Instant.now()));
        deadLetters.awaitConsumed("workflow", ReviewTopics.CANDIDACIES, CONSUMED);

        await().atMost(CONSUMED).until(() -> engine.variable(CandidacyProcess.KEY, candidacyId,
                CandidacyProcess.Variables.UNCOVERED_NETWORKS).equals(Optional.of("MES")));
        assertThat(engine.variable(CandidacyProcess.KEY, candidacyId, CandidacyProcess.Variables.REVIEWER_IDS))
                .contains("reviewer-rtes-2");

        // A coordinator gives MES a reviewer: the review waits on them too.
        deadLetters.publish(new ReviewersAssigned(submitted.candidacyId(), submitted.callId(),
                List.of(new ReviewersAssigned.Reviewer("reviewer-mes-2", Network.MES)), Set.of(), Instant.now()));
        await().atMost(CONSUMED).until(() -> engine.variable(CandidacyProcess.KEY, candidacyId,
                CandidacyProcess.Variables.UNCOVERED_NETWORKS).equals(Optional.of("")));
        assertThat(engine.variable(CandidacyProcess.KEY, candidacyId, CandidacyProcess.Variables.REVIEWER_IDS))
                .contains("reviewer-rtes-2,reviewer-mes-2");
        assertThat(engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow().waitingIn())
                .extracting(step -> step.activityId()).containsExactly(Activities.AWAIT_REVIEW);
        assertThat(deadLetters.readFor(Duration.ofSeconds(1))).noneMatch(letter -> candidacyId.equals(letter.key()));
    }

    @Test
    void messagesAfterTheProcessEndedChangeNothing() {
        var submitted = submitAndDecide(Map.of(CandidacyProcess.Variables.ADMISSIBILITY_OUTCOME, "INADMISSIBLE",
                CandidacyProcess.Variables.MOTIVATION, "Hors champ de l'appel"));
        String candidacyId = submitted.candidacyId().toString();

        deadLetters.publish(new CandidacyCompleted(submitted.candidacyId(), submitted.callId(), submitted.dossier(),
                Instant.now()));
        deadLetters.publish(new CandidacyWithdrawn(submitted.candidacyId(), submitted.callId(), Instant.now()));
        deadLetters.publish(new ReviewersAssigned(submitted.candidacyId(), submitted.callId(), List.of(),
                Set.of(Network.RTES, Network.MES), Instant.now()));
        deadLetters.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);
        deadLetters.awaitConsumed("workflow", ReviewTopics.CANDIDACIES, CONSUMED);

        var track = engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow();
        assertThat(passed(track.processInstanceId(), Activities.WITHDRAWN)).isZero();
        assertThat(passed(track.processInstanceId(), Activities.APPLY_ELIGIBILITY_RULES)).isEqualTo(1);
        assertThat(passed(track.processInstanceId(), Activities.INADMISSIBLE)).isEqualTo(1);
        assertThat(deadLetters.readFor(Duration.ofSeconds(1))).noneMatch(letter -> candidacyId.equals(letter.key()));
    }

    /** A candidacy submitted to the call, whose admissibility check the coordinator completed so. */
    private CandidacySubmitted submitAndDecide(Map<String, Object> decision) {
        var submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        deadLetters.publish(submitted);
        deadLetters.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);
        engine.completeTask(CandidacyProcess.KEY, submitted.candidacyId().toString(),
                Activities.CHECK_ADMISSIBILITY, "coordinator", decision);
        return submitted;
    }

    private long passed(String processInstanceId, String activityId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(activityId).count();
    }
}
