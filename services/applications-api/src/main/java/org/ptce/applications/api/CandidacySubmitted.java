package org.ptce.applications.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/**
 * A holder submitted a candidacy before the call's deadline: the facts its admissibility is decided on, and its
 * members (whose people may not review it).
 */
@MessageType(value = "org.ptce.applications.CandidacySubmitted.v1", topic = ApplicationsTopics.CANDIDACIES)
public record CandidacySubmitted(
        UUID candidacyId,
        UUID callId,
        String holderId,
        String ptceName,
        String legalForm,
        boolean privateLawEntity,
        Boolean alreadySupportedByState,
        List<SubmittedMember> members,
        List<String> communes,
        String epci,
        String departement,
        String region,
        List<String> themes,
        BigDecimal budgetEuros,
        boolean projectDescribed,
        Instant submittedAt) implements CandidacyMessage {

    /** A member of the PTCE: its kind is one of ESS_ENTERPRISE, ENTERPRISE, LOCAL_AUTHORITY, RESEARCH,
     * HIGHER_EDUCATION, TRAINING, ASSOCIATION, OTHER. */
    public record SubmittedMember(String name, String kind, String siret) {
    }
}
