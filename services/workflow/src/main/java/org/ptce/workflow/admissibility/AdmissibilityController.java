package org.ptce.workflow.admissibility;

import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admissibility/checks")
@Tag(name = "Admissibility", description = "The coordinator's admissibility checks of the submitted candidacies")
class AdmissibilityController {

    private final AdmissibilityChecks checks;

    AdmissibilityController(AdmissibilityChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The candidacies waiting for an admissibility check, oldest first, with the rules' result")
    List<PendingCheck> pending(@RequestParam(required = false) UUID callId) {
        return checks.pending(callId);
    }

    @PostMapping("/{candidacyId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Decide a candidacy's admissibility",
            description = "ADMISSIBLE sends it to review; INCOMPLETE asks the holder for the missingItems within the "
                    + "call's completion time; INADMISSIBLE ends it, with the motivation told to the holder.")
    @ApiResponse(responseCode = "409", description = "The candidacy is not waiting for an admissibility check "
            + "(decided meanwhile, or withdrawn)")
    ResponseEntity<Void> decide(@PathVariable UUID candidacyId, @Valid @RequestBody AdmissibilityDecision decision) {
        checks.decide(candidacyId, decision, PlatformUser.require());
        return ResponseEntity.noContent().build();
    }
}
