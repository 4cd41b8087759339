package org.ptce.workflow.deliberation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.ptce.platform.security.PlatformUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Deliberation", description = "The coordinator's ranked list of a call, submitted to the networks")
class DeliberationController {

    private final Deliberations deliberations;

    DeliberationController(Deliberations deliberations) {
        this.deliberations = deliberations;
    }

    @GetMapping("/api/deliberation/calls/{callId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The call's deliberation: reviewed candidacies by weighted total, the networks' last answers")
    Deliberations.DeliberationView view(@PathVariable UUID callId) {
        return deliberations.view(callId);
    }

    @PostMapping("/api/deliberation/calls/{callId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Decide the ranked list and submit it to every participating network",
            description = "Once the submissions are closed and every candidacy is reviewed; every reviewed candidacy "
                    + "placed once, with a motivation.")
    @ApiResponse(responseCode = "409", description = "The call is not being deliberated (submissions open, "
            + "candidacies still under review), or was deliberated meanwhile")
    ResponseEntity<Void> decide(@PathVariable UUID callId, @Valid @RequestBody RankedListDraft list) {
        deliberations.decide(callId, list, PlatformUser.require());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/deliberation/calls/{callId}/check")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Check a ranked list as deciding it would, without deciding it",
            description = "204 when the list would be accepted now; the same refusals as deciding it otherwise. "
                    + "Nothing is sent to the networks.")
    @ApiResponse(responseCode = "409", description = "The call is not being deliberated (submissions open, "
            + "candidacies still under review), or was deliberated meanwhile")
    ResponseEntity<Void> check(@PathVariable UUID callId, @Valid @RequestBody RankedListDraft list) {
        deliberations.check(callId, list);
        return ResponseEntity.noContent().build();
    }
}
