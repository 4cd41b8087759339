package org.ptce.web.holder;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.EligibilityCheck;
import org.ptce.web.support.FrenchDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Submitting (summary, confirmation, receipt) and withdrawing. */
@Controller
class CandidacyStepsController {

    private final ApplicationsApi applications;
    private final HolderPages pages;
    private final FrenchDates dates;

    CandidacyStepsController(ApplicationsApi applications, HolderPages pages, FrenchDates dates) {
        this.applications = applications;
        this.pages = pages;
        this.dates = dates;
    }

    @GetMapping("/candidatures/{candidacyId}/soumission")
    String summary(@PathVariable UUID candidacyId, Model model) {
        Candidacy candidacy = pages.candidacy(candidacyId);
        if (!candidacy.isDraft()) {
            return "redirect:/candidatures/" + candidacyId;
        }
        return summary(candidacy, model);
    }

    @PostMapping("/candidatures/{candidacyId}/soumission")
    String submit(@PathVariable UUID candidacyId, @RequestParam(required = false) Boolean confirmed, Model model) {
        Candidacy candidacy = pages.candidacy(candidacyId);
        if (!Boolean.TRUE.equals(confirmed)) {
            model.addAttribute("confirmError",
                    "Cochez la case pour confirmer que le dossier est complet et que vous le soumettez.");
            return summary(candidacy, model);
        }
        try {
            applications.submit(candidacyId);
            return "redirect:/candidatures/" + candidacyId + "/recepisse";
        } catch (ApiProblem problem) {
            if (problem.isDeadlinePassed()) {
                model.addAttribute("confirmError", "La date limite de dépôt est passée (elle était fixée au "
                        + dates.format(problem.deadline()) + ") : la candidature n'a pas pu être soumise.");
            } else if (problem.is(409)) {
                model.addAttribute("confirmError", "Cette candidature ne peut plus être soumise : elle a été "
                        + "retirée ou soumise depuis un autre onglet.");
            } else {
                throw problem;
            }
            return summary(candidacy, model);
        }
    }

    @GetMapping("/candidatures/{candidacyId}/recepisse")
    String receipt(@PathVariable UUID candidacyId, Model model) {
        Candidacy candidacy = pages.candidacy(candidacyId);
        if (candidacy.submittedAt() == null) {
            return "redirect:/candidatures/" + candidacyId;
        }
        model.addAttribute("candidacy", candidacy);
        model.addAttribute("call", pages.callOf(candidacy));
        return "holder/receipt";
    }

    @GetMapping("/candidatures/{candidacyId}/retrait")
    String withdrawal(@PathVariable UUID candidacyId, Model model) {
        Candidacy candidacy = pages.candidacy(candidacyId);
        if (!candidacy.isWithdrawable()) {
            return "redirect:/candidatures/" + candidacyId;
        }
        model.addAttribute("candidacy", candidacy);
        model.addAttribute("call", pages.callOf(candidacy));
        return "holder/withdraw";
    }

    @PostMapping("/candidatures/{candidacyId}/retrait")
    String withdraw(@PathVariable UUID candidacyId, RedirectAttributes redirect) {
        try {
            applications.withdraw(candidacyId);
            redirect.addFlashAttribute("message", "Votre candidature est retirée.");
        } catch (ApiProblem problem) {
            if (!problem.is(409)) {
                throw problem;
            }
            redirect.addFlashAttribute("error", "Cette candidature ne peut plus être retirée : une décision a été "
                    + "prise.");
        }
        return "redirect:/candidatures/" + candidacyId;
    }

    private String summary(Candidacy candidacy, Model model) {
        Call call = pages.callOf(candidacy);
        List<EligibilityCheck> unmet = pages.eligibility(candidacy.id()).stream()
                .filter(check -> !check.met()).toList();
        model.addAttribute("candidacy", candidacy);
        model.addAttribute("call", call);
        model.addAttribute("unmet", unmet);
        model.addAttribute("documents", pages.documents(candidacy.id()));
        model.addAttribute("emptyFields", emptyFields(candidacy));
        return "holder/submit";
    }

    /** The parts of the dossier left blank, in the words of the form. */
    private static List<String> emptyFields(Candidacy candidacy) {
        var empty = new ArrayList<String>();
        if (blank(candidacy.legalForm())) {
            empty.add("Forme juridique");
        }
        var territory = candidacy.territory();
        if (territory == null || (territory.communes().isEmpty() && blank(territory.epci())
                && blank(territory.departement()) && blank(territory.region()))) {
            empty.add("Territoire");
        }
        if (candidacy.members().isEmpty()) {
            empty.add("Membres");
        }
        if (candidacy.themes().isEmpty()) {
            empty.add("Thématiques");
        }
        if (blank(candidacy.cooperationStrategy())) {
            empty.add("Stratégie de coopération");
        }
        if (blank(candidacy.objectives())) {
            empty.add("Objectifs");
        }
        if (blank(candidacy.indicators())) {
            empty.add("Indicateurs");
        }
        if (candidacy.budgetEuros() == null) {
            empty.add("Budget");
        }
        return empty;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
