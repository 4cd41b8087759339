package org.ptce.web.holder;

import java.io.IOException;
import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Candidacy;
import org.ptce.web.support.ApiMessages;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A candidacy's documents: attach (with a progress bar when JavaScript runs), download, remove. */
@Controller
class CandidacyDocumentsController {

    private final ApplicationsApi applications;
    private final HolderPages pages;

    CandidacyDocumentsController(ApplicationsApi applications, HolderPages pages) {
        this.applications = applications;
        this.pages = pages;
    }

    @PostMapping("/candidatures/{candidacyId}/documents")
    String attach(@PathVariable UUID candidacyId, @RequestParam(required = false) String label,
            @RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) throws IOException {
        String labelError = null;
        String fileError = null;
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            fileError = "Choisissez un fichier PDF.";
        } else {
            try {
                applications.attach(candidacyId, label, file.getOriginalFilename(), file.getContentType(),
                        file.getBytes());
                if (htmx == null) {
                    redirect.addFlashAttribute("documentAdded", file.getOriginalFilename());
                    return "redirect:/candidatures/" + candidacyId + "#documents";
                }
                model.addAttribute("documentAdded", file.getOriginalFilename());
            } catch (ApiProblem problem) {
                if (!problem.isInvalidInput() && !problem.is(413)) {
                    throw problem;
                }
                if (problem.is(413)) {
                    fileError = ApiMessages.french("is larger than the limit");
                }
                for (ApiProblem.FieldProblem error : problem.errors()) {
                    String french = ApiMessages.french(error.field(), error.message());
                    if ("label".equals(error.field())) {
                        labelError = "is required".equals(error.message()) || error.message().startsWith("must not")
                                ? "Nommez le document (par exemple « Statuts »)." : french;
                    } else {
                        fileError = french;
                    }
                }
                if (labelError == null && fileError == null) {
                    fileError = "Le document n'a pas pu être ajouté.";
                }
                model.addAttribute("label", label);
            }
        }
        model.addAttribute("labelError", labelError);
        model.addAttribute("fileError", fileError);
        Candidacy candidacy = pages.candidacy(candidacyId);
        model.addAttribute("candidacy", candidacy);
        model.addAttribute("documents", pages.documents(candidacyId));
        if (htmx != null) {
            return "holder/dossier :: documents";
        }
        model.addAttribute("call", pages.callOf(candidacy));
        return "holder/documents";
    }

    @GetMapping("/candidatures/{candidacyId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID candidacyId, @PathVariable UUID documentId) {
        return applications.download(candidacyId, documentId).asPdfAttachment();
    }

    @PostMapping("/candidatures/{candidacyId}/documents/{documentId}/suppression")
    String detach(@PathVariable UUID candidacyId, @PathVariable UUID documentId, RedirectAttributes redirect) {
        applications.detach(candidacyId, documentId);
        redirect.addFlashAttribute("documentRemoved", true);
        return "redirect:/candidatures/" + candidacyId + "#documents";
    }
}
