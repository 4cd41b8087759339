package org.ptce.web.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A call as the review service knows it: its networks, the grid its reviewers score on (absent for an old call) and
 * the review deadline after which evaluations are frozen.
 */
public record CallUnderReview(UUID callId, String title, Set<String> participatingNetworks,
        Instant submissionDeadline, Call.Grid evaluationGrid, Instant reviewDeadline) {

    public List<Call.Criterion> criteria() {
        return evaluationGrid == null || evaluationGrid.criteria() == null ? List.of() : evaluationGrid.criteria();
    }

    public boolean isFrozenAt(Instant now) {
        return reviewDeadline != null && !now.isBefore(reviewDeadline);
    }
}
