package org.ptce.workflow.call;

import java.util.Date;
import java.util.Map;
import java.util.stream.Collectors;

import org.ptce.applications.api.CallOpened;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/** An opened call starts its process, keyed by the call id. */
@Component
class StartCallProcess implements MessageHandler<CallOpened> {

    private final WorkflowEngine engine;

    StartCallProcess(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<CallOpened> message) {
        CallOpened opened = message.payload();
        engine.startByMessage(CallProcess.Messages.CALL_OPENED, opened.callId().toString(), Map.of(
                CallProcess.Variables.CALL_ID, opened.callId().toString(),
                CallProcess.Variables.TITLE, opened.title(),
                CallProcess.Variables.SUBMISSION_DEADLINE, Date.from(opened.submissionDeadline()),
                // Plain text: the engine stores no Java-serialized objects.
                CallProcess.Variables.PARTICIPATING_NETWORKS, opened.participatingNetworks().stream()
                        .map(Enum::name).sorted().collect(Collectors.joining(",")),
                CallProcess.Variables.REVIEW_DEADLINE, Date.from(opened.reviewDeadline()),
                CallProcess.Variables.COMPLETION_TIME_LIMIT, opened.completionTimeLimit()));
    }
}
