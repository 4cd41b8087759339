package org.ptce.workflow.candidacy;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ptce.platform.messaging.MessagePublisher;
import org.springframework.stereotype.Component;

/** Task "Déclarer recevable": the coordinator found the candidacy admissible. */
@Component("declareAdmissible")
class DeclareAdmissibleDelegate extends AdmissibilityDeclaration {

    static final String DEFAULT_MOTIVATION = "La candidature est recevable : elle est transmise au comité.";

    DeclareAdmissibleDelegate(MessagePublisher messages, Clock clock) {
        super(messages, clock);
    }

    @Override
    boolean admissible() {
        return true;
    }

    @Override
    String motivation(DelegateExecution execution) {
        Object motivation = execution.getVariable(CandidacyProcess.Variables.MOTIVATION);
        return motivation == null ? DEFAULT_MOTIVATION : (String) motivation;
    }
}
