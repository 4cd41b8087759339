package org.ptce.web.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A round of a call's proposed list that the delegate's network was asked to validate: the list's size by place, the
 * network's answer if given ({@code approved}, {@code reason}, {@code validatedAt}), and the call's latest round.
 */
public record ValidationRound(UUID callId, String callTitle, int round, String network, Instant requestedAt,
        int laureates, int reserve, int notSelected, Boolean approved, String reason, Instant validatedAt,
        int latestRound) {

    public boolean isAnswered() {
        return validatedAt != null;
    }

    /** A later round replaced this one: it can no longer be answered. */
    public boolean isSuperseded() {
        return latestRound > round;
    }

    /** Still waiting for the network's answer. */
    public boolean isAwaited() {
        return !isAnswered() && !isSuperseded();
    }

    /** The network's answer as the service gives it back. */
    public record Answered(UUID callId, int round, String network, Boolean approved, String reason,
            Instant validatedAt) {
    }
}
