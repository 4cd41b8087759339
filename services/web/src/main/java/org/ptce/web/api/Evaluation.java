package org.ptce.web.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reviewer's evaluation as the review service shows it, with its score sheet: each criterion's score against its
 * threshold, the weighted total of what is scored, and whether the grid is met once everything is scored.
 */
public record Evaluation(UUID candidacyId, String reviewerId, String network, Map<String, Integer> scores,
        String vote, String comment, Instant updatedAt, Instant submittedAt, ScoreSheet scoreSheet) {

    public Map<String, Integer> scores() {
        return scores == null ? Map.of() : scores;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** The score sheet computed by the review service. */
    public record ScoreSheet(List<ScoredCriterion> criteria, BigDecimal weightedTotal, BigDecimal totalThreshold,
            int scoredCount, Boolean thresholdsMet) {

        public List<ScoredCriterion> criteria() {
            return criteria == null ? List.of() : criteria;
        }
    }

    /** A criterion with its score ({@code null}: not scored yet) and whether it reaches its threshold. */
    public record ScoredCriterion(String code, String label, int weight, BigDecimal threshold, Integer score,
            Boolean met) {
    }

    /** What a reviewer writes: a score per criterion, a vote (FAVOURABLE, RESERVED, UNFAVOURABLE), a comment. */
    public record Draft(Map<String, Integer> scores, String vote, String comment) {
    }
}
