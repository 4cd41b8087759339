package org.ptce.workflow.candidacy;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ptce.platform.messaging.MessagePublisher;
import org.springframework.stereotype.Component;

/** Task "Clore le dossier incomplet": the completion time ran out, so the candidacy is inadmissible. */
@Component("declareIncomplete")
class DeclareIncompleteDelegate extends DeclareInadmissibleDelegate {

    static final String MOTIVATION = "Les compléments demandés n'ont pas été reçus dans le délai : "
            + "la candidature est irrecevable. Pièces demandées : ";

    DeclareIncompleteDelegate(MessagePublisher messages, Clock clock) {
        super(messages, clock);
    }

    @Override
    String motivation(DelegateExecution execution) {
        return MOTIVATION + execution.getVariable(CandidacyProcess.Variables.MISSING_ITEMS);
    }
}
