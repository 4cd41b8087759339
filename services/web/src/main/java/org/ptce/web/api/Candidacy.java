package org.ptce.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A candidacy as the applications service shows it to its holder. */
public record Candidacy(UUID id, UUID callId, String holderId, String ptceName, String legalForm,
        boolean privateLawEntity, Boolean alreadySupportedByState, Territory territory, List<Member> members,
        List<String> themes, String cooperationStrategy, String objectives, String indicators, BigDecimal budgetEuros,
        String status, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant withdrawnAt,
        String completionRequest, Instant completionDueAt, Instant completedAt, String admissibilityMotivation,
        Instant admissibilityDecidedAt, String outcomeMotivation, Instant decidedAt) {

    /** Whether its holder may still change it: a draft, or a candidacy asked for completions. */
    public boolean isWritable() {
        return "DRAFT".equals(status) || "COMPLETION_REQUESTED".equals(status);
    }

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }

    public boolean isCompletionRequested() {
        return "COMPLETION_REQUESTED".equals(status);
    }

    /** Whether the holder may still withdraw it: not once it has been decided on. */
    public boolean isWithdrawable() {
        return !List.of("WITHDRAWN", "INADMISSIBLE", "LAUREATE", "RESERVE", "NOT_SELECTED").contains(status);
    }

    public List<Member> members() {
        return members == null ? List.of() : members;
    }

    public List<String> themes() {
        return themes == null ? List.of() : themes;
    }

    public record Territory(List<String> communes, String epci, String departement, String region) {

        public List<String> communes() {
            return communes == null ? List.of() : communes;
        }
    }

    public record Member(String name, String kind, String siret) {
    }
}
