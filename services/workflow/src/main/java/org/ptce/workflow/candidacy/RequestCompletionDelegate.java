package org.ptce.workflow.candidacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.workflow.api.CompletionRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Task "Demander des compléments": sets the date the completion time runs out, and the timer's (a grace period
 * later, {@code ptce.workflow.completion-grace}), and asks the holder, through the applications service, for the
 * missing items.
 */
@Component("requestCompletion")
class RequestCompletionDelegate implements JavaDelegate {

    private final MessagePublisher messages;
    private final Clock clock;
    private final Duration grace;

    RequestCompletionDelegate(MessagePublisher messages, Clock clock,
            @Value("${ptce.workflow.completion-grace:PT10M}") Duration grace) {
        this.messages = messages;
        this.clock = clock;
        this.grace = grace;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = clock.instant();
        // To the second: the holder reads it, and the timer and the applications service agree on it.
        Instant dueAt = now.plus(Duration.parse(
                (String) execution.getVariable(CandidacyProcess.Variables.COMPLETION_TIME_LIMIT)))
                .truncatedTo(ChronoUnit.SECONDS);
        execution.setVariable(CandidacyProcess.Variables.COMPLETION_DUE_AT, Date.from(dueAt));
        execution.setVariable(CandidacyProcess.Variables.COMPLETION_TIMER_AT, Date.from(dueAt.plus(grace)));
        messages.publish(new CompletionRequested(
                CandidacyProcess.candidacyId(execution),
                CandidacyProcess.callId(execution),
                (String) execution.getVariable(CandidacyProcess.Variables.MISSING_ITEMS), dueAt, now));
    }
}
