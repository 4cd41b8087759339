package org.ptce.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CallMessage;
import org.ptce.messaging.MessageType;

/** Every participating network approved the ranked list: it is the call's decision, to be published. */
@MessageType(value = "org.ptce.workflow.ResultsDecided.v1", topic = WorkflowTopics.CALLS)
public record ResultsDecided(
        UUID callId,
        int round,
        RankedList list,
        Instant decidedAt) implements CallMessage {
}
