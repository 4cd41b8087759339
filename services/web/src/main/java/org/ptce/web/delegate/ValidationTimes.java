package org.ptce.web.delegate;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a network's silence on a round of the proposed list is followed up, counted from the round's request as the
 * workflow counts it ({@code ptce.workflow.validation.reminder-after} and {@code …escalation-after}): the delegate's
 * pages say when the reminder goes out and when the coordination takes over. Keep them equal to the workflow's.
 *
 * @param reminderAfter   after how long the network's delegates are reminded (P7D)
 * @param escalationAfter after how long the coordination is asked to follow the network up (P14D)
 */
@ConfigurationProperties("ptce.web.validation")
public record ValidationTimes(@DefaultValue("P7D") Duration reminderAfter,
        @DefaultValue("P14D") Duration escalationAfter) {

    public Instant reminderAt(Instant requestedAt) {
        return requestedAt == null ? null : requestedAt.plus(reminderAfter);
    }

    public Instant escalationAt(Instant requestedAt) {
        return requestedAt == null ? null : requestedAt.plus(escalationAfter);
    }
}
