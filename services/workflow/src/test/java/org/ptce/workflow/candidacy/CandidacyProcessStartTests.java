package org.ptce.workflow.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.applications.api.CandidacyWithdrawn;
import org.ptce.messaging.DeadLetters;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The candidacy messages from Kafka drive the candidacy process: started once, ended by a withdrawal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CandidacyProcessStartTests {

    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    WorkflowEngine engine;

    @Test
    void aSubmittedCandidacyStartsItsProcessOnceAndItsWithdrawalEndsIt() {
        var submitted = submitted();
        String candidacyId = submitted.candidacyId().toString();

        try (var kafka = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CANDIDACIES))) {
            String id = kafka.publish(submitted);
            kafka.publish(submitted, id);
            kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, Duration.ofSeconds(60));

            var track = engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow();
            assertThat(track.waitingIn()).extracting(step -> step.activityId())
                    .containsExactly(CandidacyProcess.Activities.CHECK_ADMISSIBILITY);
            assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(CandidacyProcess.KEY)
                    .processInstanceBusinessKey(candidacyId).count()).isEqualTo(1);

            kafka.publish(new CandidacyWithdrawn(submitted.candidacyId(), submitted.callId(), Instant.now()));
            kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, Duration.ofSeconds(60));

            assertThat(engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow().endedAt()).isNotNull();
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(track.processInstanceId())
                    .activityId(CandidacyProcess.Activities.WITHDRAWN).count()).isEqualTo(1);
            assertThat(kafka.readFor(Duration.ofSeconds(1))).noneMatch(letter -> candidacyId.equals(letter.key()));
        }
    }

    @Test
    void aWithdrawalAfterTheProcessEndedChangesNothing() {
        var submitted = submitted();
        String candidacyId = submitted.candidacyId().toString();

        try (var kafka = KafkaTestClient.reading(DeadLetters.topicFor(ApplicationsTopics.CANDIDACIES))) {
            kafka.publish(submitted);
            kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, Duration.ofSeconds(60));
            var task = tasks.createTaskQuery().processInstanceBusinessKey(candidacyId).singleResult();
            tasks.complete(task.getId());

            kafka.publish(new CandidacyWithdrawn(submitted.candidacyId(), submitted.callId(), Instant.now()));
            kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, Duration.ofSeconds(60));

            var track = engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow();
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(track.processInstanceId())
                    .activityId(CandidacyProcess.Activities.WITHDRAWN).count()).isZero();
            assertThat(kafka.readFor(Duration.ofSeconds(1))).noneMatch(letter -> candidacyId.equals(letter.key()));
        }
    }

    private static CandidacySubmitted submitted() {
        return new CandidacySubmitted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID().toString(),
                "PTCE du Val", "SCIC", true, false,
                List.of(new CandidacySubmitted.SubmittedMember("Coop", "ESS_ENTERPRISE", null),
                        new CandidacySubmitted.SubmittedMember("SARL", "ENTERPRISE", null),
                        new CandidacySubmitted.SubmittedMember("Commune", "LOCAL_AUTHORITY", null)),
                List.of("45284"), null, "45", "24", List.of("réemploi"), new BigDecimal("1000"), true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
