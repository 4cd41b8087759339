package org.ptce.review.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ptce.applications.api.EvaluationGrid;
import org.ptce.review.api.Network;

/**
 * A call under review as the API shows it: its networks, the grid its reviewers score on and the review deadline
 * after which evaluations are frozen (both absent for a call registered before they were kept).
 */
record CallUnderReviewView(UUID callId, String title, Set<Network> participatingNetworks, Instant submissionDeadline,
        Instant registeredAt, EvaluationGrid evaluationGrid, Instant reviewDeadline) {

    static CallUnderReviewView of(CallUnderReview call, EvaluationGrid grid) {
        return new CallUnderReviewView(call.callId(), call.title(), call.participatingNetworks(),
                call.submissionDeadline(), call.registeredAt(), grid, call.reviewDeadline());
    }
}
