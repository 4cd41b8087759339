package org.ptce.review.evaluation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Evaluations", description = "The reviewers' evaluations and votes, blind until one's own is in")
class EvaluationLeadTimesController {

    private final EvaluationLeadTimes leadTimes;

    EvaluationLeadTimesController(EvaluationLeadTimes leadTimes) {
        this.leadTimes = leadTimes;
    }

    @GetMapping("/api/review/calls/{callId}/lead-times")
    @Operation(summary = "How long each network's reviewers take over the call's evaluations",
            description = "Per participating network, in the committee's order: its assignments, the evaluations "
                    + "submitted, and the median and longest time from an assignment to its evaluation's submission "
                    + "(ISO-8601 durations, left out before any submission). 404 for a call the committee does not "
                    + "review.")
    EvaluationLeadTimes.CallLeadTimes leadTimes(@PathVariable UUID callId) {
        return leadTimes.of(callId);
    }
}
