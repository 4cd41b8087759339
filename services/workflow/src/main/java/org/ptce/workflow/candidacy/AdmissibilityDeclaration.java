package org.ptce.workflow.candidacy;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.workflow.api.AdmissibilityDecided;

/**
 * Tells the other services that the candidacy is admissible or not. The message leaves with the engine's
 * transaction: if the step rolls back, nothing was said.
 */
abstract class AdmissibilityDeclaration implements JavaDelegate {

    private final MessagePublisher messages;
    private final Clock clock;

    AdmissibilityDeclaration(MessagePublisher messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    abstract boolean admissible();

    abstract String motivation(DelegateExecution execution);

    @Override
    public void execute(DelegateExecution execution) {
        messages.publish(new AdmissibilityDecided(
                CandidacyProcess.candidacyId(execution),
                CandidacyProcess.callId(execution),
                admissible(), motivation(execution), clock.instant()));
    }
}
