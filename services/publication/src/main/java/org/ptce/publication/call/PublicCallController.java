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

    private final PublishedCallRepository calls;

    PublicCallController(PublishedCallRepository calls) {
        this.calls = calls;
    }

    @GetMapping
    @Operation(summary = "The opened calls, nearest deadline first")
    List<PublicCallView> list() {
        return calls.findAllByOrderBySubmissionDeadlineAsc().stream().map(PublicCallView::of).toList();
    }

    @GetMapping("/{callId}")
    @Operation(summary = "One opened call")
    PublicCallView get(@PathVariable UUID callId) {
        return calls.findById(callId).map(PublicCallView::of)
                .orElseThrow(() -> new NotFoundException("published call", callId));
    }
}
