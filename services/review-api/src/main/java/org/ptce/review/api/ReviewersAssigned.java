package org.ptce.review.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/**
 * Reviewers were assigned to an admissible candidacy: at least one per participating network where the network has
 * a reviewer free of conflict; the networks left without one are named, for the coordinator to act on. When a
 * coordinator then gives such a network a reviewer, the message names that reviewer alone, and the networks still
 * without one.
 */
@MessageType(value = "org.ptce.review.ReviewersAssigned.v1", topic = ReviewTopics.CANDIDACIES)
public record ReviewersAssigned(
        UUID candidacyId,
        UUID callId,
        List<Reviewer> reviewers,
        Set<Network> uncoveredNetworks,
        Instant assignedAt) implements CandidacyMessage {

    public record Reviewer(String reviewerId, Network network) {
    }
}
