package org.ptce.review.evaluation;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Evaluations", description = "The reviewers' evaluations and votes, blind until one's own is in")
class CallEvaluationsController {

    private final CallEvaluations evaluations;

    CallEvaluationsController(CallEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/api/review/calls/{callId}/evaluations")
    @Operation(summary = "A page of the call's evaluations: each assigned reviewer, where they stand, and once "
            + "submitted their scores, weighted total, vote and comment",
            description = "Candidacies not withdrawn, in the order they reached the committee, then by network and "
                    + "reviewer. Pages from 0, " + CallEvaluations.DEFAULT_SIZE + " by default, "
                    + CallEvaluations.LARGEST_SIZE + " at most; 404 for a call the committee does not review.")
    CallEvaluations.EvaluationPage evaluations(@PathVariable UUID callId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "" + CallEvaluations.DEFAULT_SIZE) @Min(1) @Max(CallEvaluations.LARGEST_SIZE)
            int size) {
        return evaluations.page(callId, page, size);
    }

    @PostMapping("/api/review/calls/{callId}/tallies/lookup")
    @Operation(summary = "The tallies of a batch of the call's candidacies, as the ranking gives them",
            description = "Up to " + CallEvaluations.LARGEST_BATCH + " candidacy ids (too many for an address); "
                    + "those without a tally, or of another call, are left out; the others come in the order asked.")
    List<Evaluations.RankedCandidacy> tallies(@PathVariable UUID callId, @Valid @RequestBody TallyLookup lookup) {
        return evaluations.tallies(callId, lookup.candidacyIds());
    }

    /** The candidacies whose tallies are asked for. */
    record TallyLookup(@NotNull @Size(max = CallEvaluations.LARGEST_BATCH) List<@NotNull UUID> candidacyIds) {
    }
}
