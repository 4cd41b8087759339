package org.ptce.workflow.call;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.RankedListProposed;
import org.springframework.stereotype.Component;

/**
 * Task "Proposer la liste aux réseaux": opens a new round, forgets the answers to the previous one, and sends the
 * deliberated list to the networks (through the review service).
 */
@Component("proposeRankedList")
class ProposeRankedListDelegate implements JavaDelegate {

    private final MessagePublisher messages;
    private final RankedListVariable rankedList;
    private final NetworkValidations validations;
    private final Clock clock;

    ProposeRankedListDelegate(MessagePublisher messages, RankedListVariable rankedList,
            NetworkValidations validations, Clock clock) {
        this.messages = messages;
        this.rankedList = rankedList;
        this.validations = validations;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object previous = execution.getVariable(CallProcess.Variables.ROUND);
        int round = previous == null ? 1 : (Integer) previous + 1;
        execution.setVariable(CallProcess.Variables.ROUND, round);
        for (String network : validations.networks(
                (String) execution.getVariable(CallProcess.Variables.PARTICIPATING_NETWORKS))) {
            execution.removeVariable(CallProcess.Variables.validationOf(network));
            execution.removeVariable(CallProcess.Variables.rejectionReasonOf(network));
        }
        RankedList list = rankedList.read(execution.getVariable(CallProcess.Variables.RANKED_LIST));
        messages.publish(new RankedListProposed(
                CallProcess.callId(execution), round, list,
                clock.instant()));
    }
}
