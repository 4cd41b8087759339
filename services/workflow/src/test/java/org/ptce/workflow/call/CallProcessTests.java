package org.ptce.workflow.call;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the call process model, on the real engine and database. */
@WorkflowServiceTest
class CallProcessTests {

    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WorkflowEngine engine;

    @BeforeEach
    void useEngine() {
        init(processEngine);
    }

    @Test
    void anOpenedCallWaitsForItsResultsThenCloses() {
        String callId = UUID.randomUUID().toString();

        engine.startByMessage(CallProcess.Messages.CALL_OPENED, callId, Map.of(
                CallProcess.Variables.CALL_ID, callId,
                CallProcess.Variables.TITLE, "AMI PTCE",
                CallProcess.Variables.SUBMISSION_DEADLINE, new Date(),
                CallProcess.Variables.PARTICIPATING_NETWORKS, "MES,RTES"));
        ProcessInstance call = runtime.createProcessInstanceQuery().processInstanceBusinessKey(callId)
                .singleResult();

        assertThat(call).isStarted().hasPassed("CallOpened").isWaitingAt(CallProcess.Activities.WAIT_FOR_RESULTS)
                .variables().containsEntry(CallProcess.Variables.PARTICIPATING_NETWORKS, "MES,RTES");

        runtime.createMessageCorrelation(CallProcess.Messages.RESULTS_PUBLISHED).processInstanceBusinessKey(callId)
                .correlate();

        assertThat(call).hasPassed(CallProcess.Activities.WAIT_FOR_RESULTS, "CallClosed").isEnded();
    }
}
