package org.ptce.workflow.candidacy;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.workflow.api.EvaluationsOverdue;
import org.springframework.stereotype.Component;

/** Task "Relancer les évaluateurs": the review is late; the review service reminds the reviewers not done yet. */
@Component("remindReviewers")
class RemindReviewersDelegate implements JavaDelegate {

    private final MessagePublisher messages;
    private final Clock clock;

    RemindReviewersDelegate(MessagePublisher messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        messages.publish(new EvaluationsOverdue(
                CandidacyProcess.candidacyId(execution),
                CandidacyProcess.callId(execution),
                clock.instant()));
    }
}
