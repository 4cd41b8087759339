package org.ptce.publication.result;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import org.ptce.platform.security.PlatformUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Results", description = "The published results of the calls, and the holders' notifications")
class ResultsController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

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

    @GetMapping("/api/public/calls/{callId}/results.json")
    @PermitAll
    @Operation(summary = "A call's published results as an open data file (JSON)",
            description = "The same content as /results, to download as resultats-{callId}.json.")
    ResponseEntity<PublicResults> publicResultsFile(@PathVariable UUID callId) {
        PublicResults published = results.publicResults(callId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(callId, "json"))
                .body(published);
    }

    @GetMapping("/api/public/calls/{callId}/results.csv")
    @PermitAll
    @Operation(summary = "A call's published results as an open data file (CSV)",
            description = "UTF-8, comma-separated, a header row (liste, rang, nom_ptce, communes, departement, region, "
                    + "thematiques), the laureates then the reserve in rank order; several communes or themes are "
                    + "joined with |.")
    @ApiResponse(responseCode = "200", description = "The file resultats-{callId}.csv",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    ResponseEntity<byte[]> publicResultsCsv(@PathVariable UUID callId) {
        byte[] csv = ResultsCsv.of(results.publicResults(callId));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(callId, "csv"))
                .body(csv);
    }

    @GetMapping("/api/notifications")
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Your notifications: each candidacy's outcome and its motivation, newest first")
    List<Results.NotificationView> myNotifications() {
        return results.notificationsOf(PlatformUser.require().id());
    }

    private static String attachment(UUID callId, String extension) {
        return ContentDisposition.attachment().filename("resultats-" + callId + "." + extension).build().toString();
    }
}
