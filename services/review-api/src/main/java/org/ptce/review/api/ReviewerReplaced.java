package org.ptce.review.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/**
 * An assigned reviewer found a conflict of interest with the candidacy before submitting their evaluation: they gave
 * it up, and it went to another reviewer of the same network, or to nobody when none is free of conflict (the
 * network is then left without a reviewer for it).
 */
@MessageType(value = "org.ptce.review.ReviewerReplaced.v1", topic = ReviewTopics.CANDIDACIES)
public record ReviewerReplaced(
        UUID candidacyId,
        UUID callId,
        Network network,
        String releasedReviewerId,
        String replacementReviewerId,
        Instant replacedAt) implements CandidacyMessage {
}
