package org.ptce.workflow.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.testing.KafkaTestClient;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.WorkflowTopics;
import org.ptce.workflow.call.CallProcess.Activities;
import org.ptce.workflow.call.CallProcess.Variables;
import org.ptce.workflow.engine.CandidateGroups;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the call process on the real engine and delegates, timers fired by moving the engine's clock: the
 * deadline, the deliberation, a rejection that brings a second round, the reminder and the escalation of a silent
 * network, the decision and the publication.
 */
@WorkflowServiceTest
class CallProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WorkflowEngine engine;
    @Autowired
    ObjectMapper objectMapper;

    KafkaTestClient kafka;
    final Instant deadline = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void useEngine() {
        init(processEngine);
        kafka = KafkaTestClient.reading(WorkflowTopics.CALLS);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        kafka.close();
    }

    @Test
    void submissionsCloseAtTheDeadlineThenTheCoordinatorDeliberates() {
        ProcessInstance call = open();

        assertThat(call).isWaitingAt(Activities.SUBMISSION_DEADLINE_PASSED);
        assertThat(job(call).getDuedate().toInstant()).isEqualTo(deadline);

        passDeadline(call);

        assertThat(call).isWaitingAt(Activities.DELIBERATE);
        assertThat(task(call)).hasCandidateGroup(CandidateGroups.COORDINATORS);
        assertThat(processEngine.getIdentityService().createGroupQuery().groupId(CandidateGroups.COORDINATORS)
                .count()).as("a group of the engine, so that Tasklist shows the task to its members").isOne();
    }

    @Test
    void aRejectionSendsTheListBackToDeliberationThenEveryApprovalDecidesAndPublicationCloses() throws Exception {
        ProcessInstance call = open();
        passDeadline(call);

        deliberate(call, "Premier classement");
        JsonNode proposed = awaitMessage(call, "org.ptce.workflow.RankedListProposed.v1", 1);
        assertThat(proposed.at("/list/laureates/0/motivation").asText()).isEqualTo("Premier classement");
        assertThat(call).isWaitingAt(Activities.AWAIT_NETWORK_VALIDATION);
        answer(call, "RTES", true, null);
        answer(call, "MES", false, "Le classement ignore l'avis du réseau sur l'ancrage territorial");

        assertThat(call).isWaitingAt(Activities.DELIBERATE).variables()
                .containsEntry(Variables.validationOf("MES"), "REJECTED")
                .containsEntry(Variables.rejectionReasonOf("MES"),
                        "Le classement ignore l'avis du réseau sur l'ancrage territorial");

        deliberate(call, "Classement revu");
        awaitMessage(call, "org.ptce.workflow.RankedListProposed.v1", 2);
        assertThat(call).variables().doesNotContainKey(Variables.validationOf("MES"));
        answer(call, "MES", true, null);
        answer(call, "RTES", true, null);

        assertThat(call).hasPassed(Activities.ANNOUNCE_DECISION).isWaitingAt(Activities.WAIT_FOR_RESULTS);
        JsonNode decided = awaitMessage(call, "org.ptce.workflow.ResultsDecided.v1", 2);
        assertThat(decided.at("/list/laureates/0/motivation").asText()).isEqualTo("Classement revu");

        engine.correlate(CallProcess.Messages.RESULTS_PUBLISHED, call.getBusinessKey());

        assertThat(call).hasPassed(Activities.CALL_CLOSED).isEnded();
    }

    @Test
    void aSilentNetworkIsRemindedThenFollowedUpByTheCoordinatorAndStillAwaited() throws Exception {
        ProcessInstance call = open();
        passDeadline(call);
        deliberate(call, "Classement");
        answer(call, "RTES", true, null);
        Instant proposedAt = ClockUtil.getCurrentTime().toInstant();

        ClockUtil.setCurrentTime(Date.from(proposedAt.plus(Duration.ofDays(7)).plusSeconds(1)));
        execute(timer(call, Activities.VALIDATION_REMINDER_DUE));

        assertThat(call).hasPassed(Activities.REMIND_NETWORK).isWaitingAt(Activities.AWAIT_NETWORK_VALIDATION);
        JsonNode reminded = awaitMessage(call, "org.ptce.workflow.NetworkValidationReminded.v1", 1);
        assertThat(reminded.get("network").asText()).isEqualTo("MES");

        ClockUtil.setCurrentTime(Date.from(proposedAt.plus(Duration.ofDays(14)).plusSeconds(1)));
        execute(timer(call, Activities.VALIDATION_SILENT));

        var followUp = taskQuery().processInstanceId(call.getId())
                .taskDefinitionKey(Activities.FOLLOW_UP_SILENT_NETWORK).singleResult();
        assertThat(followUp).hasCandidateGroup("coordinators");
        assertThat(runtime.getVariable(followUp.getExecutionId(), Variables.NETWORK)).isEqualTo("MES");
        assertThat(call).as("still waiting for the answer while the coordinator follows up")
                .isWaitingAt(Activities.AWAIT_NETWORK_VALIDATION, Activities.FOLLOW_UP_SILENT_NETWORK);

        answer(call, "MES", true, null);

        assertThat(taskQuery().processInstanceId(call.getId()).taskDefinitionKey(
                Activities.FOLLOW_UP_SILENT_NETWORK).count()).as("the answer cancels the follow-up").isZero();
        assertThat(call).hasPassed(Activities.NETWORK_ANSWERED).isWaitingAt(Activities.WAIT_FOR_RESULTS);
    }

    @Test
    void aFollowedUpNetworkIsStillAwaited() throws Exception {
        ProcessInstance call = open();
        passDeadline(call);
        deliberate(call, "Classement");
        answer(call, "RTES", true, null);
        Instant proposedAt = ClockUtil.getCurrentTime().toInstant();
        ClockUtil.setCurrentTime(Date.from(proposedAt.plus(Duration.ofDays(14)).plusSeconds(1)));
        execute(timer(call, Activities.VALIDATION_SILENT));

        engine.completeTask(CallProcess.KEY, call.getBusinessKey(), Activities.FOLLOW_UP_SILENT_NETWORK,
                "coordinator", Map.of());

        assertThat(call).isWaitingAt(Activities.AWAIT_NETWORK_VALIDATION);
        answer(call, "MES", false, "Réponse après relance : la réserve manque");
        assertThat(call).isWaitingAt(Activities.DELIBERATE);
    }

    private ProcessInstance open() {
        String callId = UUID.randomUUID().toString();
        var variables = new HashMap<String, Object>();
        variables.put(Variables.CALL_ID, callId);
        variables.put(Variables.TITLE, "AMI PTCE");
        variables.put(Variables.SUBMISSION_DEADLINE, Date.from(deadline));
        variables.put(Variables.PARTICIPATING_NETWORKS, "MES,RTES");
        variables.put(Variables.VALIDATION_REMINDER_AFTER, "P7D");
        variables.put(Variables.VALIDATION_ESCALATION_AFTER, "P14D");
        engine.startByMessage(CallProcess.Messages.CALL_OPENED, callId, variables);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(callId).singleResult();
    }

    private void passDeadline(ProcessInstance call) {
        ClockUtil.setCurrentTime(Date.from(deadline.plusSeconds(1)));
        execute(job(call));
    }

    private void deliberate(ProcessInstance call, String motivation) throws Exception {
        var list = new RankedList(List.of(new RankedList.Entry(UUID.randomUUID(), motivation)), List.of(),
                List.of());
        engine.completeTask(CallProcess.KEY, call.getBusinessKey(), Activities.DELIBERATE, "coordinator",
                Map.of(Variables.RANKED_LIST, objectMapper.writeValueAsBytes(list)));
    }

    private void answer(ProcessInstance call, String network, boolean approved, String reason) {
        var answer = new HashMap<String, Object>();
        answer.put(Variables.validationOf(network), approved ? "APPROVED" : "REJECTED");
        answer.put(Variables.rejectionReasonOf(network), reason);
        engine.correlate(CallProcess.Messages.networkValidated(network), call.getBusinessKey(), answer);
    }

    private Job timer(ProcessInstance call, String activityId) {
        return jobQuery().processInstanceId(call.getId()).activityId(activityId).list().stream()
                .filter(job -> "MES".equals(runtime.getVariable(job.getExecutionId(), Variables.NETWORK)))
                .findFirst().orElseThrow();
    }

    private JsonNode awaitMessage(ProcessInstance call, String type, int round) throws Exception {
        var record = kafka.awaitRecord(r -> call.getBusinessKey().equals(r.key())
                && type.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE))
                && readQuietly(r.value()).path("round").asInt() == round, Duration.ofSeconds(30));
        return objectMapper.readTree(record.value());
    }

    private JsonNode readQuietly(byte[] value) {
        try {
            return objectMapper.readTree(value);
        } catch (IOException e) {
            return objectMapper.createObjectNode();
        }
    }
}
