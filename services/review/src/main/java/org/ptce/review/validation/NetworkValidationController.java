package org.ptce.review.validation;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.ptce.platform.security.PlatformUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Network validation", description = "Each network's delegate approves or rejects the ranked list")
class NetworkValidationController {

    private final NetworkValidations validations;
    private final NetworkValidationViews views;

    NetworkValidationController(NetworkValidations validations, NetworkValidationViews views) {
        this.validations = validations;
        this.views = views;
    }

    @GetMapping("/api/review/validations")
    @PreAuthorize("hasRole('NETWORK_DELEGATE')")
    @Operation(summary = "The ranked lists your network has to approve or reject")
    List<NetworkValidations.ValidationView> pending() {
        return validations.pendingFor(PlatformUser.require());
    }

    @GetMapping("/api/review/validations/rounds")
    @PreAuthorize("hasRole('NETWORK_DELEGATE')")
    @Operation(summary = "Every round your network was asked to validate, answered or not, oldest request first",
            description = "With each list's size by place, your network's answer, and the call's latest round.")
    List<NetworkValidationViews.RoundSummary> rounds() {
        return views.roundsOf(PlatformUser.require());
    }

    @GetMapping("/api/review/validations/{callId}")
    @PreAuthorize("hasRole('NETWORK_DELEGATE')")
    @Operation(summary = "A call's rounds with every network's answers, for a call your network validates",
            description = "404 for a call your network does not take part in.")
    NetworkValidationViews.CallValidations ofCallForDelegate(@PathVariable UUID callId) {
        return views.ofCall(callId, PlatformUser.require());
    }

    @GetMapping("/api/review/validations/{callId}/rounds/{round}/candidacies")
    @PreAuthorize("hasRole('NETWORK_DELEGATE')")
    @Operation(summary = "A page of a round's proposed list: place, PTCE, motivation and tally of each candidacy",
            description = "Laureates, then the reserve in its order, then those not selected; page counts from 0, "
                    + "size is 100 at most. 404 for a round your network was not asked to validate.")
    NetworkValidationViews.ProposedPage proposedList(@PathVariable UUID callId, @PathVariable int round,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return views.proposedList(callId, round, page, size, PlatformUser.require());
    }

    @PostMapping("/api/review/validations/{callId}/rounds/{round}")
    @PreAuthorize("hasRole('NETWORK_DELEGATE')")
    @Operation(summary = "Approve, or reject with a reason, a round's ranked list for your network",
            description = "Once per round; the network is yours, from your token.")
    @ApiResponse(responseCode = "409", description = "The network has answered this round already, or a newer "
            + "round superseded it")
    NetworkValidations.ValidationView answer(@PathVariable UUID callId, @PathVariable int round,
            @Valid @RequestBody ValidationAnswer answer) {
        return validations.answer(callId, round, answer, PlatformUser.require());
    }

    @GetMapping("/api/review/calls/{callId}/validations")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Every network's answers to every round of a call's ranked list")
    List<NetworkValidations.ValidationView> ofCall(@PathVariable UUID callId) {
        return validations.ofCall(callId);
    }
}
