package org.ptce.review.assignment;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Assignments", description = "Conflicts of interest and the reviewers' assignments")
class UncoveredCallsController {

    private final UncoveredCalls uncovered;

    UncoveredCallsController(UncoveredCalls uncovered) {
        this.uncovered = uncovered;
    }

    @GetMapping("/api/review/uncovered")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "By call, how many candidacies under review a participating network has no reviewer for",
            description = "The calls still before their review deadline, the nearest first, each with the networks "
                    + "to give reviewers to (GET …/calls/{callId}/uncovered lists the candidacies).")
    List<UncoveredCalls.UncoveredCall> uncovered() {
        return uncovered.calls();
    }
}
