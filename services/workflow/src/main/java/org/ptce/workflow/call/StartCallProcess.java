package org.ptce.workflow.call;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import org.ptce.applications.api.CallOpened;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** An opened call starts its process, keyed by the call id. */
@Component
class StartCallProcess implements MessageHandler<CallOpened> {

    private final WorkflowEngine engine;
    private final Duration reminderAfter;
    private final Duration escalationAfter;

    StartCallProcess(WorkflowEngine engine,
            @Value("${ptce.workflow.validation.reminder-after:P7D}") Duration reminderAfter,
            @Value("${ptce.workflow.validation.escalation-after:P14D}") Duration escalationAfter) {
        this.engine = engine;
        this.reminderAfter = reminderAfter;
        this.escalationAfter = escalationAfter;
    }

    @Override
    public void handle(IncomingMessage<CallOpened> message) {
        CallOpened opened = message.payload();
        engine.startByMessage(CallProcess.Messages.CALL_OPENED, opened.callId().toString(), Map.ofEntries(
                Map.entry(CallProcess.Variables.CALL_ID, opened.callId().toString()),
                Map.entry(CallProcess.Variables.TITLE, opened.title()),
                Map.entry(CallProcess.Variables.SUBMISSION_DEADLINE, Date.from(opened.submissionDeadline())),
                // Plain text: the engine stores no Java-serialized objects.
                Map.entry(CallProcess.Variables.PARTICIPATING_NETWORKS, opened.participatingNetworks().stream()
                        .map(Enum::name).sorted().collect(Collectors.joining(","))),
                Map.entry(CallProcess.Variables.REVIEW_DEADLINE, Date.from(opened.reviewDeadline())),
                Map.entry(CallProcess.Variables.COMPLETION_TIME_LIMIT, opened.completionTimeLimit()),
                Map.entry(CallProcess.Variables.VALIDATION_REMINDER_AFTER, reminderAfter.toString()),
                Map.entry(CallProcess.Variables.VALIDATION_ESCALATION_AFTER, escalationAfter.toString())));
    }
}
