package org.ptce.workflow.tracking;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tracking")
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Tracking", description = "The coordinator's view of where each call and candidacy stands")
class TrackingController {

    private final Tracking tracking;

    TrackingController(Tracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/calls/{callId}")
    @Operation(summary = "Where a call's process stands, who it waits on, and its timeline")
    Tracking.Track call(@PathVariable UUID callId) {
        return tracking.call(callId);
    }

    @GetMapping("/calls/{callId}/candidacies")
    @Operation(summary = "Every candidacy of a call: its stage, who it waits on and since when, or its outcome")
    List<Tracking.CandidacyStage> candidacies(@PathVariable UUID callId) {
        return tracking.candidaciesOf(callId);
    }

    @GetMapping("/candidacies/{candidacyId}")
    @Operation(summary = "Where a candidacy's process stands, who it waits on, and its timeline: each message with "
            + "who caused it and when")
    Tracking.Track candidacy(@PathVariable UUID candidacyId) {
        return tracking.candidacy(candidacyId);
    }
}
