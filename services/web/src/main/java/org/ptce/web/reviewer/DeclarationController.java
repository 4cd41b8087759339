package org.ptce.web.reviewer;

import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.Assignment;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.support.ApiMessages;
import org.ptce.web.support.FrenchDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conflict-of-interest declaration: the reviewer reads who the PTCE's members are, then declares they have no
 * conflict with it (and evaluates it) or a conflict, with its reason (and the candidacy goes to another reviewer of
 * their network, or to the coordinator when there is none). A conflict found later is declared the same way, until
 * the evaluation is submitted.
 */
@Controller
class DeclarationController {

    static final String CONFLICT_SENT_ON = "la candidature est confiée à un autre évaluateur ou une autre évaluatrice "
            + "de votre réseau, ou, s'il n'y en a pas, à la coordination, qui la réattribuera.";

    private final ReviewApi review;
    private final ReviewerPages pages;
    private final FrenchDates dates;

    DeclarationController(ReviewApi review, ReviewerPages pages, FrenchDates dates) {
        this.review = review;
        this.pages = pages;
        this.dates = dates;
    }

    @PostMapping("/evaluations/{candidacyId}/impartialite")
    String declareImpartiality(@PathVariable UUID candidacyId, RedirectAttributes redirect) {
        review.declareImpartiality(candidacyId);
        redirect.addFlashAttribute("message", "Vous avez déclaré n'avoir aucun conflit d'intérêts avec cette "
                + "candidature : son dossier et la grille d'évaluation sont ouverts.");
        return "redirect:/evaluations/" + candidacyId;
    }

    /** The conflict form alone, for a conflict found after declaring none. */
    @GetMapping("/evaluations/{candidacyId}/conflit")
    String conflict(@PathVariable UUID candidacyId, Model model, RedirectAttributes redirect) {
        Assignment assignment = pages.assignment(candidacyId);
        if (assignment.isToDeclare()) {
            return "redirect:/evaluations/" + candidacyId;
        }
        if (assignment.isSubmitted()) {
            redirect.addFlashAttribute("error", "Votre évaluation est soumise : pour un conflit d'intérêts découvert "
                    + "depuis, écrivez à la coordination, qui pourra la mettre de côté.");
            return "redirect:/evaluations/" + candidacyId;
        }
        model.addAttribute("assignment", assignment);
        model.addAttribute("conflict", new ConflictForm(null));
        return "reviewer/conflict";
    }

    @PostMapping("/evaluations/{candidacyId}/conflit")
    String declareConflict(@PathVariable UUID candidacyId, @ModelAttribute("conflict") ConflictForm conflict,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Assignment assignment = pages.assignment(candidacyId);
        try {
            review.declareConflict(candidacyId, conflict.reason());
            redirect.addFlashAttribute("message", "Conflit d'intérêts déclaré pour « " + assignment.ptceName()
                    + " » : " + CONFLICT_SENT_ON);
            return "redirect:/evaluations";
        } catch (ApiProblem problem) {
            if (problem.isInvalidInput()) {
                problem.errors().forEach(error -> result.rejectValue("reason", "refused",
                        "reason".equals(error.field()) && isBlankRefusal(error.message())
                                ? "Indiquez la raison du conflit d'intérêts : elle est gardée pour la coordination."
                                : ApiMessages.french(error.field(), error.message())));
                if (!result.hasErrors()) {
                    result.rejectValue("reason", "refused", "La raison n'a pas été acceptée.");
                }
            } else if (problem.isDeadlinePassed()) {
                result.reject("deadline", "La date limite d'évaluation est passée (elle était fixée au "
                        + dates.format(problem.deadline()) + ") : la candidature ne peut plus être confiée à un "
                        + "autre évaluateur. Écrivez à la coordination.");
            } else if (problem.is(409)) {
                result.reject("conflict", "Votre évaluation est soumise, ou la candidature est déjà évaluée : écrivez "
                        + "à la coordination, qui pourra mettre votre évaluation de côté.");
            } else {
                throw problem;
            }
        }
        if (assignment.isToDeclare()) {
            return declaration(assignment, conflict, pages, model);
        }
        model.addAttribute("assignment", assignment);
        return "reviewer/conflict";
    }

    /** The declaration page: the PTCE and its members, then the two declarations. */
    static String declaration(Assignment assignment, ConflictForm conflict, ReviewerPages pages, Model model) {
        model.addAttribute("assignment", assignment);
        model.addAttribute("dossier", pages.dossier(assignment.candidacyId()));
        model.addAttribute("conflict", conflict);
        return "reviewer/declaration";
    }

    private static boolean isBlankRefusal(String message) {
        return message == null || message.startsWith("must not") || "is required".equals(message);
    }

    /** Why the reviewer cannot judge the candidacy impartially (kept for the coordinator). */
    record ConflictForm(String reason) {
    }
}
