package org.ptce.review.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A call the committee will review: its networks are those whose reviewers and delegates take part. */
@Table("calls_under_review")
record CallUnderReview(
        @Id UUID callId,
        String title,
        Set<Network> participatingNetworks,
        Instant submissionDeadline,
        /** The call's evaluation grid, as JSON. */
        String evaluationGrid,
        Instant reviewDeadline,
        Instant registeredAt,
        String registeredFor) {
}
