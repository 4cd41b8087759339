package org.ptce.applications.candidacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A candidacy as its holder and the coordinators see it. */
record CandidacyView(
        UUID id,
        UUID callId,
        String holderId,
        String ptceName,
        String legalForm,
        boolean privateLawEntity,
        Boolean alreadySupportedByState,
        Territory territory,
        List<Member> members,
        List<String> themes,
        String cooperationStrategy,
        String objectives,
        String indicators,
        BigDecimal budgetEuros,
        CandidacyStatus status,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant withdrawnAt,
        String completionRequest,
        Instant completionDueAt,
        Instant completedAt,
        String admissibilityMotivation,
        Instant admissibilityDecidedAt,
        String outcomeMotivation,
        Instant decidedAt) {
}
