package org.ptce.applications.call;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/calls")
@Tag(name = "Calls", description = "Calls for candidacies, prepared and opened by the coordinator")
class CallController {

    private final Calls calls;

    CallController(Calls calls) {
        this.calls = calls;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Prepare a call (draft)")
    ResponseEntity<CallView> create(@Valid @RequestBody CallDraft draft, UriComponentsBuilder uri) {
        CallView call = calls.create(draft);
        return ResponseEntity.created(uri.path("/api/calls/{callId}").build(call.id())).body(call);
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "List the calls, newest first", description = "Drafts are shown to coordinators only.")
    List<CallView> list() {
        return calls.list(PlatformUser.require());
    }

    @GetMapping("/{callId}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Read one call", description = "A draft is found by coordinators only.")
    CallView get(@PathVariable UUID callId) {
        return calls.get(callId, PlatformUser.require());
    }

    @PutMapping("/{callId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Change a draft call", description = "The whole draft, under the same rules as when it was "
            + "prepared; an open call is not changed any more (409).")
    @ApiResponse(responseCode = "409", description = "The call is no longer a draft, or someone else changed it at "
            + "the same moment")
    CallView revise(@PathVariable UUID callId, @Valid @RequestBody CallDraft draft) {
        return calls.revise(callId, draft);
    }

    @PostMapping("/{callId}/open")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Open a draft call to submissions", description = "Tells the other services (CallOpened).")
    @ApiResponse(responseCode = "409", description = "The call is open already, or someone else changed it at the "
            + "same moment")
    CallView open(@PathVariable UUID callId) {
        return calls.open(callId);
    }
}
