package org.ptce.workflow.tracking;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.ptce.review.api.Network;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tracking")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Tracking", description = "The coordinator's view of where each call and candidacy stands")
class TrackingController {

    private final Tracking tracking;
    private final ProcessOverview processes;

    TrackingController(Tracking tracking, ProcessOverview processes) {
        this.tracking = tracking;
        this.processes = processes;
    }

    @GetMapping("/calls/{callId}")
    @Operation(summary = "Where a call's process stands, who it waits on, and its timeline")
    Tracking.Track call(@PathVariable UUID callId) {
        return tracking.call(callId);
    }

    @GetMapping("/calls/{callId}/board")
    @Operation(summary = "The call's board: its candidacies counted by stage, filtered, a page at a time",
            description = "In the order they were submitted, or sorted (sort: SUBMITTED, PTCE by name, WAITING the "
                    + "longest waiting first, DUE the nearest due date first). Filters: stage (an activity id: CheckAdmissibility, "
                    + "AwaitCompletion, AwaitReviewers, AwaitReview, AwaitDecision, or an end: Decided, "
                    + "Inadmissible, Incomplete, Withdrawn), network (left without a reviewer of that network), "
                    + "overdue (a completion past its due date, evaluations past their reminder), outcome. Pages "
                    + "from 0, 50 candidacies by default, 200 at most. The counts are the whole call's.")
    Board.BoardView board(@PathVariable UUID callId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String stage,
            @RequestParam(required = false) Network network, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) CandidacyProcess.Outcome outcome,
            @RequestParam(required = false) BoardQuery.Sort sort) {
        return tracking.board(callId, BoardQuery.of(page, size, stage, network, overdue, outcome, sort));
    }

    @GetMapping("/calls/{callId}/process")
    @Operation(summary = "The call's process in one picture: the candidacy process's diagram, the candidacies waiting "
            + "at each step or ended at each end, and the lead time of each step",
            description = "The diagram is the deployed model's BPMN DI: shapes (activity id, kind, BPMN type, name, "
                    + "bounds) in the model's order and flows (waypoints). Each step gives the call's candidacies "
                    + "waiting in it now, those that ended there, and its finished passages: how many, their "
                    + "median and longest length (ISO-8601 durations); passages cut short by a withdrawal are left "
                    + "out. 404 for a call without a process.")
    ProcessOverview.CallProcessView process(@PathVariable UUID callId) {
        return processes.of(callId);
    }

    @GetMapping("/candidacies/{candidacyId}")
    @Operation(summary = "Where a candidacy's process stands, who it waits on, and its timeline: each message with "
            + "who caused it and when")
    Tracking.Track candidacy(@PathVariable UUID candidacyId) {
        return tracking.candidacy(candidacyId);
    }
}
