package org.ptce.web.reviewer;

import java.util.UUID;

import org.ptce.web.api.ApplicationsApi;
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
        return applications.download(candidacyId, documentId).asPdfAttachment();
    }
}
