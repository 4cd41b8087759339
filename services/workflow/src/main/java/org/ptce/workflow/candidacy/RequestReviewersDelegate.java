package org.ptce.workflow.candidacy;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.workflow.api.AssignReviewers;
import org.springframework.stereotype.Component;

/** Task "Demander l'affectation des évaluateurs": asks the review service for the candidacy's reviewers. */
@Component("requestReviewers")
class RequestReviewersDelegate implements JavaDelegate {

    private final MessagePublisher messages;
    private final Clock clock;

    RequestReviewersDelegate(MessagePublisher messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.publish(new AssignReviewers(
                CandidacyProcess.candidacyId(execution),
                CandidacyProcess.callId(execution),
                clock.instant()));
    }
}
