package org.ptce.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/**
 * The coordinator found the candidacy incomplete: the holder may complete it until {@code dueAt}; after that it is
 * inadmissible.
 */
@MessageType(value = "org.ptce.workflow.CompletionRequested.v1", topic = WorkflowTopics.CANDIDACIES)
public record CompletionRequested(
        UUID candidacyId,
        UUID callId,
        String missingItems,
        Instant dueAt,
        Instant requestedAt) implements CandidacyMessage {
}
