package org.ptce.review.assignment;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@Tag(name = "Assignments", description = "Conflicts of interest and the reviewers' assignments")
class ReviewingController {

    private final Reviewing reviewing;
    private final ReviewerAssignment assignment;

    ReviewingController(Reviewing reviewing, ReviewerAssignment assignment) {
        this.reviewing = reviewing;
        this.assignment = assignment;
    }

    @GetMapping("/api/review/calls/{callId}/candidacies")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'REVIEWER')")
    @Operation(summary = "The call's submitted candidacies, by name and members, to declare conflicts of interest",
            description = "For the reviewers of the call's networks, and the coordinators.")
    List<Reviewing.CandidacySummary> candidacies(@PathVariable UUID callId) {
        return reviewing.candidaciesOfCall(callId, PlatformUser.require());
    }

    @PostMapping("/api/review/candidacies/{candidacyId}/conflicts")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Declare a conflict of interest with a candidacy: you will not be assigned it",
            description = "Assigned already, and your evaluation not submitted: the candidacy goes to another "
                    + "reviewer of your network, and your draft is discarded. Submitted: 409.")
    @ApiResponse(responseCode = "409", description = "Your evaluation of the candidacy is submitted")
    ResponseEntity<Void> declareConflict(@PathVariable UUID candidacyId,
            @Valid @RequestBody ConflictDeclaration declaration) {
        reviewing.declareConflict(candidacyId, declaration.reason(), PlatformUser.require());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/review/assignments")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "The candidacies assigned to you, with their call, review deadline and status",
            description = "The overdue first (reminded, or past the review deadline, and not submitted), then those "
                    + "still to do by review deadline, the submitted last.")
    List<Reviewing.AssignmentView> myAssignments() {
        return reviewing.assignmentsOf(PlatformUser.require());
    }

    @GetMapping("/api/review/assignments/{candidacyId}")
    @PreAuthorize("hasRole('REVIEWER')")
    @Operation(summary = "Your assignment of a candidacy: its call, review deadline and status",
            description = "404 when the candidacy is not assigned to you (or no longer: a conflict declared).")
    Reviewing.AssignmentView myAssignment(@PathVariable UUID candidacyId) {
        return reviewing.assignmentOf(candidacyId, PlatformUser.require());
    }

    @GetMapping("/api/review/candidacies/{candidacyId}/assignments")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Who reviews a candidacy, for each network")
    List<Reviewing.AssignmentView> assignmentsOfCandidacy(@PathVariable UUID candidacyId) {
        return reviewing.assignmentsOfCandidacy(candidacyId);
    }

    @PostMapping("/api/review/candidacies/{candidacyId}/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Give a network left without a reviewer for the candidacy one of its reviewers",
            description = "The reviewer must belong to a participating network that has no reviewer for the "
                    + "candidacy, and be free of conflict with it; the candidacy must be under review, its tally "
                    + "not made.")
    @ApiResponse(responseCode = "409", description = "The candidacy is not under review (withdrawn, or reviewed "
            + "already), the network has a reviewer for it, or the review deadline has passed")
    ResponseEntity<Reviewing.AssignmentView> assign(@PathVariable UUID candidacyId,
            @Valid @RequestBody ReviewerChoice choice, UriComponentsBuilder uri) {
        return ResponseEntity.created(uri.path("/api/review/candidacies/{candidacyId}/assignments").build(candidacyId))
                .body(assignment.assignByCoordinator(candidacyId, choice.reviewerId()));
    }

    @GetMapping("/api/review/calls/{callId}/uncovered")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "The call's candidacies under review that a participating network has no reviewer for",
            description = "Each with the networks to give a reviewer to (POST …/candidacies/{id}/assignments).")
    List<Reviewing.UncoveredCandidacy> uncovered(@PathVariable UUID callId) {
        return reviewing.uncovered(callId);
    }

    /** The reviewer a coordinator chooses for a network left without one. */
    record ReviewerChoice(@NotBlank @Size(max = 100) String reviewerId) {
    }

    /** Why the reviewer cannot judge the candidacy impartially (kept for the coordinator). */
    record ConflictDeclaration(@NotBlank @Size(max = 2000) String reason) {
    }
}
