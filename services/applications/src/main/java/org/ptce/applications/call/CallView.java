package org.ptce.applications.call;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.applications.api.EvaluationGrid;
import org.ptce.review.api.Network;

/** A call as the API shows it, with who prepared, last changed and opened it, and when. */
record CallView(
        UUID id,
        String title,
        String description,
        Instant submissionDeadline,
        Set<Network> participatingNetworks,
        EvaluationGrid evaluationGrid,
        List<String> requiredDocuments,
        Instant reviewDeadline,
        Duration completionTimeLimit,
        CallStatus status,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant openedAt,
        String openedBy) {
}
