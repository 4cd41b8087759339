package org.ptce.workflow.tracking;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ptce.platform.web.NotFoundException;
import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.engine.ProcessTrack;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/tracking")
@Tag(name = "Tracking", description = "The coordinator's view of where each call and candidacy stands")
class TrackingController {

    private final WorkflowEngine engine;

    TrackingController(WorkflowEngine engine) {
        this.engine = engine;
    }

    @GetMapping("/calls/{callId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Where a call's process stands")
    ProcessTrack call(@PathVariable UUID callId) {
        return engine.track(CallProcess.KEY, callId.toString())
                .orElseThrow(() -> new NotFoundException("process for call", callId));
    }
}
