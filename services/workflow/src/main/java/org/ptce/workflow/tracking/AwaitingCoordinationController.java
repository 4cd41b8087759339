package org.ptce.workflow.tracking;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('COORDINATOR')")
@Tag(name = "Tracking", description = "The coordinator's view of where each call and candidacy stands")
class AwaitingCoordinationController {

    private final AwaitingCoordination awaiting;

    AwaitingCoordinationController(AwaitingCoordination awaiting) {
        this.awaiting = awaiting;
    }

    @GetMapping("/api/tracking/awaiting")
    @Operation(summary = "What waits on the coordinators, call by call",
            description = "Each running call where something does: how many candidacies wait for their "
                    + "admissibility check, since when its deliberation is open (with the round of the list a "
                    + "network rejected, and how many candidacies are still before the end of their review), and "
                    + "the networks silent on the proposed list long enough to be followed up. By title.")
    List<AwaitingCoordination.AwaitingCall> awaiting() {
        return awaiting.calls();
    }
}
