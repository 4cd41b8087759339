package org.ptce.workflow.call;

import java.time.Clock;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.ResultsDecided;
import org.springframework.stereotype.Component;

/** Task "Arrêter la décision": every network approved the list; it is the call's decision, to be published. */
@Component("announceDecision")
class AnnounceDecisionDelegate implements JavaDelegate {

    private final MessagePublisher messages;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    AnnounceDecisionDelegate(MessagePublisher messages, ObjectMapper objectMapper, Clock clock) {
        this.messages = messages;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        messages.publish(new ResultsDecided(
                UUID.fromString((String) execution.getVariable(CallProcess.Variables.CALL_ID)),
                (Integer) execution.getVariable(CallProcess.Variables.ROUND),
                objectMapper.readValue((String) execution.getVariable(CallProcess.Variables.RANKED_LIST),
                        RankedList.class),
                clock.instant()));
    }
}
