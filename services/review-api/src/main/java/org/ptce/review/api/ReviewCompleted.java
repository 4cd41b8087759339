package org.ptce.review.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/**
 * Every assigned evaluation of the candidacy is in: its tally on the call's grid (mean per criterion, weighted total,
 * thresholds met or not) and the votes of each network, which the deliberation ranks the candidacies by.
 */
@MessageType(value = "org.ptce.review.ReviewCompleted.v1", topic = ReviewTopics.CANDIDACIES)
public record ReviewCompleted(
        UUID candidacyId,
        UUID callId,
        List<CriterionResult> criteria,
        BigDecimal weightedTotal,
        BigDecimal totalThreshold,
        boolean thresholdsMet,
        List<NetworkVote> votes,
        Instant completedAt) implements CandidacyMessage {

    /** The mean score (0 to 5) of one criterion, and whether it reaches the criterion's threshold. */
    public record CriterionResult(String code, int weight, BigDecimal mean, BigDecimal threshold, boolean met) {
    }

    /** How a network's reviewers voted. */
    public record NetworkVote(Network network, Vote vote, int count) {
    }
}
