package org.ptce.review.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;

/** A call under review as the API shows it. */
record CallUnderReviewView(UUID callId, String title, Set<Network> participatingNetworks, Instant submissionDeadline,
        Instant registeredAt) {

    static CallUnderReviewView of(CallUnderReview call) {
        return new CallUnderReviewView(call.callId(), call.title(), call.participatingNetworks(),
                call.submissionDeadline(), call.registeredAt());
    }
}
