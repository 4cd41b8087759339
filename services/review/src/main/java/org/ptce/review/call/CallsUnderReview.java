package org.ptce.review.call;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;
import org.springframework.stereotype.Component;

/** What the rest of the review service needs to know of a call: which networks review it. */
@Component
public class CallsUnderReview {

    private final CallUnderReviewRepository calls;

    CallsUnderReview(CallUnderReviewRepository calls) {
        this.calls = calls;
    }

    /** The networks that review the call, if its opening was registered. */
    public Optional<Set<Network>> participatingNetworks(UUID callId) {
        return calls.findById(callId).map(CallUnderReview::participatingNetworks);
    }
}
