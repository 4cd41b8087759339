package org.ptce.review.call;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.applications.api.EvaluationGrid;
import org.ptce.review.api.Network;
import org.springframework.stereotype.Component;

/** What the rest of the review service needs to know of a call: which networks review it, on which grid, until when. */
@Component
public class CallsUnderReview {

    private final CallUnderReviewRepository calls;
    private final ObjectMapper objectMapper;

    CallsUnderReview(CallUnderReviewRepository calls, ObjectMapper objectMapper) {
        this.calls = calls;
        this.objectMapper = objectMapper;
    }

    /** The networks that review the call, if its opening was registered. */
    public Optional<Set<Network>> participatingNetworks(UUID callId) {
        return calls.findById(callId).map(CallUnderReview::participatingNetworks);
    }

    /** The terms of the call's review, if its opening was registered. */
    public Optional<ReviewTerms> terms(UUID callId) {
        return calls.findById(callId).map(call -> new ReviewTerms(call.participatingNetworks(), grid(call),
                call.reviewDeadline()));
    }

    EvaluationGrid grid(CallUnderReview call) {
        if (call.evaluationGrid() == null) {
            return null;
        }
        try {
            return objectMapper.readValue(call.evaluationGrid(), EvaluationGrid.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored grid of call " + call.callId() + " is not readable", e);
        }
    }

    /** A call's networks, grid and review deadline (the latter two unknown for calls registered before them). */
    /** Published, within its transaction, when a call is registered for review. */
    public record CallRegistered(UUID callId) {
    }

    public record ReviewTerms(Set<Network> participatingNetworks, EvaluationGrid grid, Instant reviewDeadline) {
    }
}
