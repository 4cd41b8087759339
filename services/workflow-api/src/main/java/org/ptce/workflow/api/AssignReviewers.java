package org.ptce.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/** Command to the review service: assign reviewers to this admissible candidacy. */
@MessageType(value = "org.ptce.workflow.AssignReviewers.v1", topic = WorkflowTopics.CANDIDACIES)
public record AssignReviewers(
        UUID candidacyId,
        UUID callId,
        Instant requestedAt) implements CandidacyMessage {
}
