package org.ptce.web.desk;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Documents;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A candidacy's dossier as the coordinator reads it, to check it: its facts, its members, its documents. */
@Controller
class DossierController {

    private final ApplicationsApi applications;

    DossierController(ApplicationsApi applications) {
        this.applications = applications;
    }

    @GetMapping("/coordination/candidatures/{candidacyId}")
    String dossier(@PathVariable UUID candidacyId, Model model) {
        Candidacy candidacy = applications.candidacy(candidacyId);
        model.addAttribute("candidacy", candidacy);
        model.addAttribute("call", applications.call(candidacy.callId()));
        model.addAttribute("eligibility", applications.eligibility(candidacyId));
        model.addAttribute("documents", applications.documents(candidacyId));
        return "desk/dossier";
    }

    @GetMapping("/coordination/candidatures/{candidacyId}/documents/{documentId}")
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
