package org.ptce.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CallMessage;
import org.ptce.messaging.MessageType;

/**
 * The coordinator's deliberation proposes a ranked list: every participating network's delegate is to approve or
 * reject it. A rejection brings a new round.
 */
@MessageType(value = "org.ptce.workflow.RankedListProposed.v1", topic = WorkflowTopics.CALLS)
public record RankedListProposed(
        UUID callId,
        int round,
        RankedList list,
        Instant proposedAt) implements CallMessage {
}
