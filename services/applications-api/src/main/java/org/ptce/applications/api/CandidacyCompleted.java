package org.ptce.applications.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/**
 * The holder answered the coordinator's completion request in time: the dossier as completed, whose admissibility
 * is to be checked again.
 */
@MessageType(value = "org.ptce.applications.CandidacyCompleted.v1", topic = ApplicationsTopics.CANDIDACIES)
public record CandidacyCompleted(
        UUID candidacyId,
        UUID callId,
        CandidacyDossier dossier,
        Instant completedAt) implements CandidacyMessage {
}
