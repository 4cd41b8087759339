package org.ptce.workflow.candidacy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A submitted candidacy starts its process, keyed by the candidacy id, with the facts its eligibility rests on and
 * the limits of its call.
 */
@Component
class StartCandidacyProcess implements MessageHandler<CandidacySubmitted> {

    private final WorkflowEngine engine;
    private final Duration evaluationReminderAfter;

    StartCandidacyProcess(WorkflowEngine engine,
            @Value("${ptce.workflow.evaluation-reminder-after:P14D}") Duration evaluationReminderAfter) {
        this.engine = engine;
        this.evaluationReminderAfter = evaluationReminderAfter;
    }

    @Override
    public void handle(IncomingMessage<CandidacySubmitted> message) {
        CandidacySubmitted submitted = message.payload();
        String callId = submitted.callId().toString();
        // The call's messages travel on another topic: a candidacy may overtake its call's opening. It then fails
        // here and is tried again, with backoff, until the call's process runs.
        Map<String, Object> call = engine.runningVariables(CallProcess.KEY, callId,
                List.of(CallProcess.Variables.COMPLETION_TIME_LIMIT, CallProcess.Variables.REVIEW_DEADLINE));
        if (!call.containsKey(CallProcess.Variables.COMPLETION_TIME_LIMIT)) {
            throw new IllegalStateException("The process of call " + callId
                    + " does not run (yet): the candidacy waits for it");
        }
        var variables = EligibilityFacts.of(submitted.dossier());
        variables.put(CandidacyProcess.Variables.CANDIDACY_ID, submitted.candidacyId().toString());
        variables.put(CandidacyProcess.Variables.CALL_ID, callId);
        variables.put(CandidacyProcess.Variables.HOLDER_ID, submitted.holderId());
        variables.put(CandidacyProcess.Variables.COMPLETION_TIME_LIMIT,
                call.get(CallProcess.Variables.COMPLETION_TIME_LIMIT));
        variables.put(CandidacyProcess.Variables.REVIEW_DEADLINE, call.get(CallProcess.Variables.REVIEW_DEADLINE));
        variables.put(CandidacyProcess.Variables.EVALUATION_REMINDER_AFTER, evaluationReminderAfter.toString());
        engine.startByMessage(CandidacyProcess.Messages.CANDIDACY_SUBMITTED, submitted.candidacyId().toString(),
                variables);
    }
}
