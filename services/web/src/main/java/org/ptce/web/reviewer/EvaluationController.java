package org.ptce.web.reviewer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.Assignment;
import org.ptce.web.api.CallUnderReview;
import org.ptce.web.api.Evaluation;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.support.FrenchDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A candidacy assigned to the reviewer: the conflict-of-interest declaration first; once they declared none, the
 * dossier and the evaluation on the call's grid, saved as they type, then submitted after a confirmation and frozen;
 * the other evaluations once theirs is submitted.
 */
@Controller
class EvaluationController {

    private final ReviewApi review;
    private final ReviewerPages pages;
    private final FrenchDates dates;
    private final Clock clock;

    EvaluationController(ReviewApi review, ReviewerPages pages, FrenchDates dates, Clock clock) {
        this.review = review;
        this.pages = pages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/evaluations/{candidacyId}")
    String candidacy(@PathVariable UUID candidacyId, Model model) {
        Assignment assignment = pages.assignment(candidacyId);
        if (assignment.isToDeclare()) {
            return DeclarationController.declaration(assignment, new DeclarationController.ConflictForm(null),
                    pages, model);
        }
        CallUnderReview call = review.call(assignment.callId());
        Evaluation evaluation = pages.evaluation(candidacyId);
        return evaluation(assignment, call, evaluation, EvaluationForm.of(call.criteria(), evaluation), model);
    }

    /**
     * The form sent as a whole (without JavaScript, or with the buttons): saved first, then on to the confirmation
     * when asked, so that nothing typed is lost on the way.
     */
    @PostMapping("/evaluations/{candidacyId}")
    String save(@PathVariable UUID candidacyId, @ModelAttribute("form") EvaluationForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Assignment assignment = pages.assignment(candidacyId);
        if (assignment.isToDeclare()) {
            return "redirect:/evaluations/" + candidacyId;
        }
        Evaluation saved = pages.save(candidacyId, form, result);
        if (saved == null) {
            model.addAttribute("saveFailed", true);
            CallUnderReview call = review.call(assignment.callId());
            return evaluation(assignment, call, pages.evaluation(candidacyId), form, model);
        }
        if (action.equals("review")) {
            return "redirect:/evaluations/" + candidacyId + "/soumission";
        }
        redirect.addFlashAttribute("saved", saved.updatedAt());
        return "redirect:/evaluations/" + candidacyId + "#grille";
    }

    /** Autosave, as the reviewer types (htmx): the save's status, the totals as now scored, the fields' errors. */
    @PostMapping(path = "/evaluations/{candidacyId}/brouillon", headers = "HX-Request")
    String autosave(@PathVariable UUID candidacyId, @ModelAttribute("form") EvaluationForm form, BindingResult result,
            Model model) {
        Evaluation saved = pages.save(candidacyId, form, result);
        model.addAttribute("saved", saved == null ? null : saved.updatedAt());
        model.addAttribute("saveFailed", saved == null);
        model.addAttribute("board", saved == null || saved.scoreSheet() == null ? null
                : ScoreBoard.of(saved.scoreSheet()));
        model.addAttribute("fields", form.fields());
        return "reviewer/evaluation :: autosaved";
    }

    @GetMapping("/evaluations/{candidacyId}/soumission")
    String confirmation(@PathVariable UUID candidacyId, Model model, RedirectAttributes redirect) {
        Assignment assignment = pages.assignment(candidacyId);
        if (assignment.isToDeclare() || assignment.isSubmitted()) {
            return "redirect:/evaluations/" + candidacyId;
        }
        Evaluation evaluation = pages.evaluation(candidacyId);
        if (evaluation == null) {
            redirect.addFlashAttribute("error", "Notez d'abord les critères de la grille et donnez votre avis.");
            return "redirect:/evaluations/" + candidacyId;
        }
        CallUnderReview call = review.call(assignment.callId());
        if (call.isFrozenAt(clock.instant())) {
            // The evaluation page says the deadline has passed, and when.
            return "redirect:/evaluations/" + candidacyId;
        }
        return confirmation(assignment, call, evaluation, model);
    }

    @PostMapping("/evaluations/{candidacyId}/soumission")
    String submit(@PathVariable UUID candidacyId, @RequestParam(required = false) Boolean confirmed, Model model,
            RedirectAttributes redirect) {
        Assignment assignment = pages.assignment(candidacyId);
        if (assignment.isSubmitted()) {
            return "redirect:/evaluations/" + candidacyId;
        }
        if (!Boolean.TRUE.equals(confirmed)) {
            model.addAttribute("confirmError", "Cochez la case pour confirmer que vous soumettez votre évaluation : "
                    + "elle ne pourra plus être modifiée.");
            return confirmation(assignment, pages.evaluation(candidacyId), model);
        }
        try {
            review.submitEvaluation(candidacyId);
        } catch (ApiProblem problem) {
            if (problem.isDeadlinePassed()) {
                model.addAttribute("submitError", "La date limite d'évaluation est passée (elle était fixée au "
                        + dates.format(problem.deadline()) + ") : l'évaluation n'a pas pu être soumise.");
            } else if (problem.isInvalidInput()) {
                model.addAttribute("submitError", "L'évaluation n'est pas complète : il manque "
                        + String.join(", ", missing(problem, pages.evaluation(candidacyId))) + ".");
            } else if (problem.is(409)) {
                model.addAttribute("submitError", "Cette évaluation ne peut pas être soumise dans son état actuel. "
                        + "Revenez à la grille pour voir son état.");
            } else {
                throw problem;
            }
            return confirmation(assignment, pages.evaluation(candidacyId), model);
        }
        redirect.addFlashAttribute("message", "Votre évaluation est soumise : elle ne peut plus être modifiée. Les "
                + "autres évaluations de la candidature sont affichées plus bas.");
        return "redirect:/evaluations/" + candidacyId;
    }

    /** The candidacy's other evaluations: the review service refuses them (403) until the reviewer's own is in. */
    @GetMapping("/evaluations/{candidacyId}/autres-evaluations")
    String others(@PathVariable UUID candidacyId, Model model) {
        Assignment assignment = pages.assignment(candidacyId);
        List<Evaluation> submitted = review.submittedEvaluations(candidacyId);
        model.addAttribute("assignment", assignment);
        model.addAttribute("others", others(submitted, assignment));
        return "reviewer/others";
    }

    private String evaluation(Assignment assignment, CallUnderReview call, Evaluation evaluation,
            EvaluationForm form, Model model) {
        UUID candidacyId = assignment.candidacyId();
        boolean frozen = assignment.isSubmitted() || evaluation != null && evaluation.isSubmitted()
                || call.isFrozenAt(clock.instant());
        model.addAttribute("assignment", assignment);
        model.addAttribute("call", call);
        model.addAttribute("dossier", pages.dossier(candidacyId));
        model.addAttribute("documents", pages.documents(candidacyId));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("form", form);
        model.addAttribute("board", ScoreBoard.of(evaluation, call.evaluationGrid()));
        model.addAttribute("votes", EvaluationForm.VOTES);
        model.addAttribute("frozen", frozen);
        model.addAttribute("deadlinePassed", call.isFrozenAt(clock.instant()));
        if (!model.containsAttribute("saved") && evaluation != null) {
            model.addAttribute("saved", evaluation.updatedAt());
        }
        if (evaluation != null && evaluation.isSubmitted()) {
            model.addAttribute("others", others(review.submittedEvaluations(candidacyId), assignment));
        }
        return "reviewer/evaluation";
    }

    private String confirmation(Assignment assignment, Evaluation evaluation, Model model) {
        return confirmation(assignment, review.call(assignment.callId()), evaluation, model);
    }

    private String confirmation(Assignment assignment, CallUnderReview call, Evaluation evaluation, Model model) {
        ScoreBoard board = ScoreBoard.of(evaluation, call.evaluationGrid());
        model.addAttribute("assignment", assignment);
        model.addAttribute("call", call);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("board", board);
        var missing = new ArrayList<String>();
        board.unscored().forEach(label -> missing.add("la note du critère « " + label + " »"));
        if (evaluation == null || evaluation.vote() == null) {
            missing.add("votre avis");
        }
        model.addAttribute("missing", missing);
        return "reviewer/submit";
    }

    /** What the service found missing, in the words of the grid. */
    private static List<String> missing(ApiProblem problem, Evaluation evaluation) {
        var missing = new ArrayList<String>();
        for (ApiProblem.FieldProblem error : problem.errors()) {
            if ("vote".equals(error.field())) {
                missing.add("votre avis");
            } else if (error.field() != null && error.field().startsWith("scores.")) {
                String code = error.field().substring("scores.".length());
                String label = evaluation == null || evaluation.scoreSheet() == null ? code
                        : evaluation.scoreSheet().criteria().stream().filter(c -> c.code().equals(code))
                                .map(Evaluation.ScoredCriterion::label).findFirst().orElse(code);
                missing.add("la note du critère « " + label + " »");
            }
        }
        if (missing.isEmpty()) {
            missing.add("des notes ou votre avis");
        }
        return missing;
    }

    /** The submitted evaluations, the reviewer's own apart, each with its board. */
    private static List<ShownEvaluation> others(List<Evaluation> submitted, Assignment assignment) {
        return submitted.stream().filter(other -> !other.reviewerId().equals(assignment.reviewerId()))
                .map(other -> new ShownEvaluation(other, ScoreBoard.of(other, null))).toList();
    }

    /** Another reviewer's submitted evaluation, as the page shows it. */
    record ShownEvaluation(Evaluation evaluation, ScoreBoard board) {
    }

}
