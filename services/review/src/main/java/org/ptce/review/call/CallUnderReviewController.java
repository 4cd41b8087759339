package org.ptce.review.call;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/review/calls")
@Tag(name = "Calls under review", description = "The calls the committee reviews, and their networks")
class CallUnderReviewController {

    private final CallUnderReviewRepository calls;
    private final CallsUnderReview terms;

    CallUnderReviewController(CallUnderReviewRepository calls, CallsUnderReview terms) {
        this.calls = calls;
        this.terms = terms;
    }

    @GetMapping("/{callId}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'REVIEWER', 'NETWORK_DELEGATE')")
    @Operation(summary = "A call under review: its participating networks, evaluation grid and review deadline",
            description = "Reviewers and delegates see only the calls their network takes part in.")
    CallUnderReviewView get(@PathVariable UUID callId) {
        var reader = PlatformUser.require();
        return calls.findById(callId)
                .filter(call -> reader.has(Role.COORDINATOR)
                        || call.participatingNetworks().contains(reader.network()))
                .map(call -> CallUnderReviewView.of(call, terms.grid(call)))
                .orElseThrow(() -> new NotFoundException("call under review", callId));
    }
}
