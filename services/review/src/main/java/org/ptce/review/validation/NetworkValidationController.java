package org.ptce.review.validation;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.ptce.platform.security.PlatformUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Network validation", description = "Each network's delegate approves or rejects the ranked list")
class NetworkValidationController {

    private final NetworkValidations validations;

    NetworkValidationController(NetworkValidations validations) {
        this.validations = validations;
    }

    @GetMapping("/api/review/validations")
    @PreAuthorize("hasRole('NETWORK_DELEGATE')")
    @Operation(summary = "The ranked lists your network has to approve or reject")
    List<NetworkValidations.ValidationView> pending() {
        return validations.pendingFor(PlatformUser.require());
    }

    @PostMapping("/api/review/validations/{callId}/rounds/{round}")
    @PreAuthorize("hasRole('NETWORK_DELEGATE')")
    @Operation(summary = "Approve, or reject with a reason, a round's ranked list for your network",
            description = "Once per round; the network is yours, from your token.")
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
