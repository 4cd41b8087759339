package org.ptce.applications.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/** A holder submitted a candidacy before the call's deadline, with its dossier. */
@MessageType(value = "org.ptce.applications.CandidacySubmitted.v1", topic = ApplicationsTopics.CANDIDACIES)
public record CandidacySubmitted(
        UUID candidacyId,
        UUID callId,
        String holderId,
        CandidacyDossier dossier,
        Instant submittedAt) implements CandidacyMessage {
}
