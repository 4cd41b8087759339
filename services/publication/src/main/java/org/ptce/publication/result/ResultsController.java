package org.ptce.publication.result;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import org.ptce.platform.security.PlatformUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Results", description = "The published results of the calls, and the holders' notifications")
class ResultsController {

    private final Results results;

    ResultsController(Results results) {
        this.results = results;
    }

    @GetMapping("/api/public/calls/{callId}/results")
    @PermitAll
    @Operation(summary = "A call's published results: laureates and reserve, with PTCE name, territory and themes")
    PublicResults publicResults(@PathVariable UUID callId) {
        return results.publicResults(callId);
    }

    @GetMapping("/api/notifications")
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Your notifications: each candidacy's outcome and its motivation, newest first")
    List<Results.NotificationView> myNotifications() {
        return results.notificationsOf(PlatformUser.require().id());
    }
}
