package org.ptce.review.evaluation;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Evaluations", description = "The reviewers' evaluations and votes, blind until one's own is in")
class EvaluationController {

    private final Evaluations evaluations;

    EvaluationController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping("/api/review/candidacies/{candidacyId}/impartiality")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Declare that you have no conflict of interest with a candidacy assigned to you",
            description = "Required before evaluating it.")
    ResponseEntity<Void> declareImpartiality(@PathVariable UUID candidacyId) {
        evaluations.declareImpartiality(candidacyId, PlatformUser.require());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/review/candidacies/{candidacyId}/evaluation")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Write your evaluation: scores 0 to 5 per criterion of the grid, a vote, a comment",
            description = "Until it is submitted, and until the call's review deadline.")
    @ApiResponse(responseCode = "409", description = "Your evaluation is submitted (final), your impartiality is "
            + "not declared yet, or the review deadline has passed")
    Evaluations.EvaluationView write(@PathVariable UUID candidacyId, @Valid @RequestBody EvaluationDraft draft) {
        return evaluations.write(candidacyId, draft, PlatformUser.require());
    }

    @GetMapping("/api/review/candidacies/{candidacyId}/evaluation")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Your evaluation of a candidacy assigned to you")
    Evaluations.EvaluationView own(@PathVariable UUID candidacyId) {
        return evaluations.own(candidacyId, PlatformUser.require());
    }

    @PostMapping("/api/review/candidacies/{candidacyId}/evaluation/submit")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Submit your evaluation: every criterion scored and a vote given; it is then final",
            description = "Idempotent. When the last assigned evaluation is in, the tally is sent on.")
    @ApiResponse(responseCode = "409", description = "Your impartiality is not declared yet, or the review "
            + "deadline has passed")
    Evaluations.EvaluationView submit(@PathVariable UUID candidacyId) {
        return evaluations.submit(candidacyId, PlatformUser.require());
    }

    @GetMapping("/api/review/calls/{callId}/ranking")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The deliberation's ranking: the call's reviewed candidacies by weighted total, with tallies")
    List<Evaluations.RankedCandidacy> ranking(@PathVariable UUID callId) {
        return evaluations.ranking(callId);
    }

    @GetMapping("/api/review/candidacies/{candidacyId}/evaluations")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'REVIEWER')")
    @Operation(summary = "The submitted evaluations of a candidacy",
            description = "For coordinators; for an assigned reviewer once their own is submitted.")
    List<Evaluations.EvaluationView> submitted(@PathVariable UUID candidacyId) {
        return evaluations.submitted(candidacyId, PlatformUser.require());
    }
}
