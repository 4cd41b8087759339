package org.ptce.review.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/** The candidacy's evaluations are overdue: the assigned reviewers who have not submitted theirs are reminded. */
@MessageType(value = "org.ptce.review.ReviewersReminded.v1", topic = ReviewTopics.CANDIDACIES)
public record ReviewersReminded(
        UUID candidacyId,
        UUID callId,
        List<String> reviewerIds,
        Instant remindedAt) implements CandidacyMessage {
}
