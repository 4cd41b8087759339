package org.ptce.web.desk;

import java.util.UUID;

import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Candidacy;
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
        return applications.download(candidacyId, documentId).asPdfAttachment();
    }
}
