package org.ptce.web.reviewer;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Documents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A document of a candidacy assigned to the reviewer, as the applications service lets them read it. */
@Controller
class DossierDocumentsController {

    private final ApplicationsApi applications;

    DossierDocumentsController(ApplicationsApi applications) {
        this.applications = applications;
    }

    @GetMapping("/evaluations/{candidacyId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID candidacyId, @PathVariable UUID documentId) {
        Documents.Download document = applications.download(candidacyId, documentId);
        // Every document is a PDF (the service accepts nothing else); the name is written anew, never passed on.
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename() == null ? "document.pdf" : document.filename(),
                                StandardCharsets.UTF_8).build().toString())
                .body(document.content());
    }
}
