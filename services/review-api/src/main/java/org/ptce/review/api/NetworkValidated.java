package org.ptce.review.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CallMessage;
import org.ptce.messaging.MessageType;

/** A network's delegate approved, or rejected with a reason, a round's ranked list of a call. */
@MessageType(value = "org.ptce.review.NetworkValidated.v1", topic = ReviewTopics.CALLS)
public record NetworkValidated(
        UUID callId,
        int round,
        Network network,
        boolean approved,
        String reason,
        String delegateId,
        Instant validatedAt) implements CallMessage {
}
