package org.ptce.workflow.call;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.workflow.api.ResultsDecided;
import org.springframework.stereotype.Component;

/** Task "Arrêter la décision": every network approved the list; it is the call's decision, to be published. */
@Component("announceDecision")
class AnnounceDecisionDelegate implements JavaDelegate {

    private final MessagePublisher messages;
    private final RankedListVariable rankedList;
    private final Clock clock;

    AnnounceDecisionDelegate(MessagePublisher messages, RankedListVariable rankedList, Clock clock) {
        this.messages = messages;
        this.rankedList = rankedList;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.publish(new ResultsDecided(
                CallProcess.callId(execution),
                (Integer) execution.getVariable(CallProcess.Variables.ROUND),
                rankedList.read(execution.getVariable(CallProcess.Variables.RANKED_LIST)),
                clock.instant()));
    }
}
