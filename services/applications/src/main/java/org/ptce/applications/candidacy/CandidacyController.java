package org.ptce.applications.candidacy;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@Tag(name = "Candidacies", description = "A PTCE's candidacy, drafted and submitted by its holder")
class CandidacyController {

    private final Candidacies candidacies;

    CandidacyController(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @PostMapping("/api/calls/{callId}/candidacies")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Start a candidacy to an open call (draft)")
    @ApiResponse(responseCode = "409", description = "The call's submission deadline has passed")
    ResponseEntity<CandidacyView> draft(@PathVariable UUID callId, @Valid @RequestBody CandidacyContent content,
            UriComponentsBuilder uri) {
        CandidacyView candidacy = candidacies.draft(callId, content, PlatformUser.require());
        return ResponseEntity.created(uri.path("/api/candidacies/{candidacyId}").build(candidacy.id()))
                .body(candidacy);
    }

    @GetMapping("/api/candidacies")
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Your own candidacies (of a call), the newest first",
            description = "A coordinator reads a call's submitted candidacies a page at a time: "
                    + "GET /api/calls/{callId}/candidacies.")
    List<CandidacyView> ownList(@RequestParam(required = false) UUID callId) {
        return candidacies.ownList(PlatformUser.require(), callId);
    }

    @GetMapping("/api/candidacies/{candidacyId}")
    @PreAuthorize("hasAnyRole('HOLDER', 'COORDINATOR', 'REVIEWER')")
    @Operation(summary = "Read a candidacy (its holder, a coordinator, or a reviewer it is assigned to)")
    CandidacyView get(@PathVariable UUID candidacyId) {
        return candidacies.get(candidacyId, PlatformUser.require());
    }

    @PutMapping("/api/candidacies/{candidacyId}")
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Rewrite a draft, until the call's deadline")
    @ApiResponse(responseCode = "409", description = "The candidacy can no longer be changed: submitted, decided, "
            + "past its deadline, or changed by someone else at the same moment")
    CandidacyView edit(@PathVariable UUID candidacyId, @Valid @RequestBody CandidacyContent content) {
        return candidacies.edit(candidacyId, content, PlatformUser.require());
    }

    @GetMapping("/api/candidacies/{candidacyId}/eligibility")
    @PreAuthorize("hasAnyRole('HOLDER', 'COORDINATOR')")
    @Operation(summary = "Which eligibility facts (décret 2015-431) the candidacy meets, and which not yet")
    List<EligibilityCheck> eligibility(@PathVariable UUID candidacyId) {
        return candidacies.eligibility(candidacyId, PlatformUser.require());
    }

    @PostMapping("/api/candidacies/{candidacyId}/submit")
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Submit the candidacy before the deadline",
            description = "Idempotent: submitting again answers the same and sends nothing more.")
    @ApiResponse(responseCode = "409", description = "The candidacy is no longer a draft (withdrawn), or the "
            + "call's submission deadline has passed")
    CandidacyView submit(@PathVariable UUID candidacyId) {
        return candidacies.submit(candidacyId, PlatformUser.require());
    }

    @PostMapping("/api/candidacies/{candidacyId}/complete")
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Send the completed candidacy back to the admissibility check, before the completion deadline",
            description = "Idempotent: sending it again answers the same and sends nothing more.")
    @ApiResponse(responseCode = "409", description = "No completion was asked for, or its due date has passed")
    CandidacyView complete(@PathVariable UUID candidacyId) {
        return candidacies.complete(candidacyId, PlatformUser.require());
    }

    @PostMapping("/api/candidacies/{candidacyId}/withdraw")
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Withdraw the candidacy, until the decision")
    @ApiResponse(responseCode = "409", description = "The candidacy was decided on: found inadmissible, or placed "
            + "by the call's decision")
    CandidacyView withdraw(@PathVariable UUID candidacyId) {
        return candidacies.withdraw(candidacyId, PlatformUser.require());
    }
}
