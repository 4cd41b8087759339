package org.ptce.workflow.candidacy;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ptce.platform.messaging.MessagePublisher;
import org.springframework.stereotype.Component;

/** Task "Déclarer irrecevable": the coordinator found the candidacy inadmissible, for the reason they gave. */
@Component("declareInadmissible")
class DeclareInadmissibleDelegate extends AdmissibilityDeclaration {

    DeclareInadmissibleDelegate(MessagePublisher messages, Clock clock) {
        super(messages, clock);
    }

    @Override
    boolean admissible() {
        return false;
    }

    @Override
    String motivation(DelegateExecution execution) {
        return (String) execution.getVariable(CandidacyProcess.Variables.MOTIVATION);
    }
}
