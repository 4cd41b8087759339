package org.ptce.workflow.call;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.review.api.Network;
import org.ptce.workflow.api.NetworkValidationReminded;
import org.springframework.stereotype.Component;

/** Task "Relancer le délégué": the network of this instance has not answered yet. */
@Component("remindNetwork")
class RemindNetworkDelegate implements JavaDelegate {

    private final MessagePublisher messages;
    private final Clock clock;

    RemindNetworkDelegate(MessagePublisher messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.publish(new NetworkValidationReminded(
                CallProcess.callId(execution),
                (Integer) execution.getVariable(CallProcess.Variables.ROUND),
                Network.valueOf((String) execution.getVariable(CallProcess.Variables.NETWORK)), clock.instant()));
    }
}
