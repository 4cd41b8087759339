package org.ptce.applications.candidacy;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Candidacies", description = "A PTCE's candidacy, drafted and submitted by its holder")
class CallCandidaciesController {

    private final CallCandidacies candidacies;

    CallCandidaciesController(CallCandidacies candidacies) {
        this.candidacies = candidacies;
    }

    @GetMapping("/api/calls/{callId}/candidacies")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "A page of the call's submitted candidacies, whole: dossier, members, status, decisions",
            description = "In the order they were submitted (withdrawn ones included, drafts never). Pages from 0, "
                    + CallCandidacies.DEFAULT_SIZE + " candidacies by default, " + CallCandidacies.LARGEST_SIZE
                    + " at most; 404 for a call that does not exist.")
    CallCandidacies.CandidacyPage page(@PathVariable UUID callId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + CallCandidacies.DEFAULT_SIZE) @Min(1) @Max(CallCandidacies.LARGEST_SIZE)
            int size) {
        return candidacies.page(callId, page, size);
    }
}
