package org.ptce.workflow.call;

import java.util.HashMap;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.NetworkValidated;
import org.ptce.workflow.engine.WorkflowEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A network's answer reaches the call's process, which waits for one answer per network in each round. */
@Component
class RecordNetworkValidation implements MessageHandler<NetworkValidated> {

    private static final Logger log = LoggerFactory.getLogger(RecordNetworkValidation.class);

    private final WorkflowEngine engine;

    RecordNetworkValidation(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<NetworkValidated> message) {
        NetworkValidated validated = message.payload();
        String callId = validated.callId().toString();
        Object round = engine.variable(CallProcess.KEY, callId, CallProcess.Variables.ROUND).orElse(null);
        if (round != null && (Integer) round > validated.round()) {
            log.info("Answer of {} to round {} ignored: round {} is under way", validated.network(),
                    validated.round(), round);
            return;
        }
        String network = validated.network().name();
        var answer = new HashMap<String, Object>();
        answer.put(CallProcess.Variables.validationOf(network), validated.approved()
                ? CallProcess.Validation.APPROVED.name() : CallProcess.Validation.REJECTED.name());
        answer.put(CallProcess.Variables.rejectionReasonOf(network), validated.reason());
        engine.correlateUnlessEnded(CallProcess.KEY, CallProcess.Messages.networkValidated(network), callId, answer);
    }
}
