package org.ptce.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CallMessage;
import org.ptce.messaging.MessageType;
import org.ptce.review.api.Network;

/** A network has not answered the round's ranked list in time: its delegate is reminded. */
@MessageType(value = "org.ptce.workflow.NetworkValidationReminded.v1", topic = WorkflowTopics.CALLS)
public record NetworkValidationReminded(
        UUID callId,
        int round,
        Network network,
        Instant remindedAt) implements CallMessage {
}
