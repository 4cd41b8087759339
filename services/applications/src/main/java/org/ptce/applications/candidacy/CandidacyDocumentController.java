package org.ptce.applications.candidacy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ptce.platform.security.PlatformUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@Tag(name = "Candidacy documents", description = "The PDF documents attached to a candidacy")
class CandidacyDocumentController {

    private final CandidacyDocuments documents;

    CandidacyDocumentController(CandidacyDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/api/candidacies/{candidacyId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Attach a PDF document (at most 10 MB), while the candidacy may be written",
            description = "Two parts: label, which names the document as the call's required documents do, and file.")
    @ApiResponse(responseCode = "409", description = "The candidacy can no longer be changed: submitted, decided, "
            + "past its deadline, or changed by someone else at the same moment")
    ResponseEntity<CandidacyDocuments.DocumentView> attach(@PathVariable UUID candidacyId,
            @RequestPart @NotBlank @Size(max = 200) String label, @RequestPart MultipartFile file,
            UriComponentsBuilder uri) {
        var document = documents.attach(candidacyId, label, file, PlatformUser.require());
        return ResponseEntity.created(uri.path("/api/candidacies/{candidacyId}/documents/{documentId}")
                .build(candidacyId, document.id())).body(document);
    }

    @GetMapping("/api/candidacies/{candidacyId}/documents")
    @PreAuthorize("hasAnyRole('HOLDER', 'COORDINATOR', 'REVIEWER')")
    @Operation(summary = "A candidacy's documents, and the required ones still missing")
    CandidacyDocuments.Documents list(@PathVariable UUID candidacyId) {
        return documents.list(candidacyId, PlatformUser.require());
    }

    @GetMapping("/api/candidacies/{candidacyId}/documents/{documentId}")
    @PreAuthorize("hasAnyRole('HOLDER', 'COORDINATOR', 'REVIEWER')")
    @Operation(summary = "Download a document")
    ResponseEntity<byte[]> download(@PathVariable UUID candidacyId, @PathVariable UUID documentId) {
        var document = documents.content(candidacyId, documentId, PlatformUser.require());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }

    @DeleteMapping("/api/candidacies/{candidacyId}/documents/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('HOLDER')")
    @Operation(summary = "Remove a document, while the candidacy may be written")
    @ApiResponse(responseCode = "409", description = "The candidacy can no longer be changed: submitted, decided, "
            + "past its deadline, or changed by someone else at the same moment")
    ResponseEntity<Void> detach(@PathVariable UUID candidacyId, @PathVariable UUID documentId) {
        documents.detach(candidacyId, documentId, PlatformUser.require());
        return ResponseEntity.noContent().build();
    }
}
