package org.ptce.web.reviewer;

import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Assignment;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Documents;
import org.ptce.web.api.Evaluation;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.support.ApiMessages;
import org.ptce.web.support.FrenchDates;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * What the reviewer's pages share: their assignment of a candidacy, its dossier as the applications service lets an
 * assigned reviewer read it, their evaluation, and saving the evaluation form with what the service refused put at
 * the form's fields, in French.
 */
@Component
class ReviewerPages {

    private final ReviewApi review;
    private final ApplicationsApi applications;
    private final FrenchDates dates;

    ReviewerPages(ReviewApi review, ApplicationsApi applications, FrenchDates dates) {
        this.review = review;
        this.applications = applications;
        this.dates = dates;
    }

    /** The reviewer's assignment; a candidacy not (or no longer) theirs is the French 404 page. */
    Assignment assignment(UUID candidacyId) {
        return review.myAssignment(candidacyId);
    }

    /**
     * The dossier; {@code null} while the applications service has not yet learnt of the assignment (it is told by a
     * message, a moment after).
     */
    Candidacy dossier(UUID candidacyId) {
        try {
            return applications.candidacy(candidacyId);
        } catch (ApiProblem problem) {
            if (problem.is(404) || problem.is(403)) {
                return null;
            }
            throw problem;
        }
    }

    Documents documents(UUID candidacyId) {
        try {
            return applications.documents(candidacyId);
        } catch (ApiProblem problem) {
            if (problem.is(404) || problem.is(403)) {
                return null;
            }
            throw problem;
        }
    }

    /** The reviewer's evaluation; {@code null} when nothing is written yet. */
    Evaluation evaluation(UUID candidacyId) {
        try {
            return review.myEvaluation(candidacyId);
        } catch (ApiProblem problem) {
            if (problem.is(404)) {
                return null;
            }
            throw problem;
        }
    }

    /**
     * Sends the form to the review service. What it refuses is put at the fields it names, in French; the form keeps
     * what was typed. Returns the saved evaluation, or {@code null} when nothing was saved.
     */
    Evaluation save(UUID candidacyId, EvaluationForm form, BindingResult result) {
        var unreadable = form.unreadableScores();
        if (!unreadable.isEmpty()) {
            unreadable.forEach(code -> result.rejectValue(EvaluationForm.scoreField(code), "unreadable",
                    SCORE_RULE));
            return null;
        }
        try {
            return review.writeEvaluation(candidacyId, form.draft());
        } catch (ApiProblem problem) {
            if (!problem.isInvalidInput() && !problem.is(409)) {
                throw problem;
            }
            reject(problem, form, result);
            return null;
        }
    }

    static final String SCORE_RULE = "Une note entière de 0 à 5.";

    /** Puts what the service refused at the form's fields, or above the form when it names none. */
    void reject(ApiProblem problem, EvaluationForm form, BindingResult result) {
        if (problem.isDeadlinePassed()) {
            result.reject("deadline", deadlinePassed(problem));
            return;
        }
        if (problem.is(409)) {
            result.reject("conflict", "Cette évaluation ne peut plus être modifiée : elle est soumise, ou "
                    + "l'impartialité n'est pas déclarée. Rechargez la page pour voir son état.");
            return;
        }
        boolean placed = false;
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String field = form.serviceField(error.field());
            if (field != null) {
                result.rejectValue(field, "refused", french(field, error.message()));
                placed = true;
            }
        }
        if (!placed) {
            result.reject("refused", "L'évaluation n'a pas pu être enregistrée : vérifiez les notes.");
        }
    }

    /** « La date limite d'évaluation est passée (…) » with the deadline the service gave. */
    String deadlinePassed(ApiProblem problem) {
        return "La date limite d'évaluation est passée (elle était fixée au " + dates.format(problem.deadline())
                + ") : l'évaluation ne peut plus être modifiée.";
    }

    /** The French for what the service said of one of the form's fields. */
    static String french(String field, String message) {
        if (field.startsWith("scores[")) {
            return "is not scored yet".equals(message) ? "Notez ce critère, de 0 à 5, avant de soumettre."
                    : SCORE_RULE;
        }
        if ("vote".equals(field)) {
            return "is not given yet".equals(message) ? "Donnez votre avis avant de soumettre."
                    : "Choisissez un avis : favorable, réservé ou défavorable.";
        }
        return ApiMessages.french(field, message);
    }
}
