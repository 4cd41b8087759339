package org.ptce.applications.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/** The holder withdrew the candidacy before the decision: it leaves the call. */
@MessageType(value = "org.ptce.applications.CandidacyWithdrawn.v1", topic = ApplicationsTopics.CANDIDACIES)
public record CandidacyWithdrawn(UUID candidacyId, UUID callId, Instant withdrawnAt) implements CandidacyMessage {
}
