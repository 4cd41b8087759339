package org.ptce.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/** The candidacy's evaluations are not all in, long after its reviewers were assigned: those late are reminded. */
@MessageType(value = "org.ptce.workflow.EvaluationsOverdue.v1", topic = WorkflowTopics.CANDIDACIES)
public record EvaluationsOverdue(
        UUID candidacyId,
        UUID callId,
        Instant overdueAt) implements CandidacyMessage {
}
