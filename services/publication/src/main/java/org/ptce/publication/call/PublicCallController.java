package org.ptce.publication.call;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import org.ptce.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/calls")
@PermitAll
@Tag(name = "Public calls", description = "The calls open to candidacies, readable by anyone")
class PublicCallController {

    private final PublishedCalls calls;

    PublicCallController(PublishedCalls calls) {
        this.calls = calls;
    }

    @GetMapping
    @Operation(summary = "The opened calls, nearest deadline first",
            description = "Each with what it asks for and, once published, when its results were.")
    List<PublicCallView> list() {
        return calls.allByDeadline();
    }

    @GetMapping("/{callId}")
    @Operation(summary = "One opened call: its description, required documents, evaluation criteria and dates")
    PublicCallView get(@PathVariable UUID callId) {
        return calls.find(callId).orElseThrow(() -> new NotFoundException("published call", callId));
    }
}
