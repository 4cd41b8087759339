package org.ptce.web.holder;

import java.util.List;
import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Documents;
import org.ptce.web.api.EligibilityCheck;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.ptce.web.support.ApiMessages;
import org.ptce.web.support.FrenchDates;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the holder's pages share: reading a candidacy with its call, saving the dossier form and putting what the
 * service refused at the form's fields.
 */
@Component
class HolderPages {

    private final ApplicationsApi applications;
    private final FrenchDates dates;

    HolderPages(ApplicationsApi applications, FrenchDates dates) {
        this.applications = applications;
        this.dates = dates;
    }

    Candidacy candidacy(UUID candidacyId) {
        return applications.candidacy(candidacyId);
    }

    Call callOf(Candidacy candidacy) {
        return applications.call(candidacy.callId());
    }

    List<EligibilityCheck> eligibility(UUID candidacyId) {
        return applications.eligibility(candidacyId);
    }

    Documents documents(UUID candidacyId) {
        return applications.documents(candidacyId);
    }

    /**
     * Sends the form to the service. What it refuses is put at the fields it names, in French; the form keeps what
     * was typed. Returns the saved candidacy, or {@code null} when nothing was saved.
     */
    Candidacy save(UUID candidacyId, DossierForm form, BindingResult result) {
        if (!form.budgetIsReadable()) {
            result.rejectValue("budgetEuros", "unreadable",
                    "Un montant en euros, en chiffres : 620000 ou 620 000,50 par exemple.");
            return null;
        }
        try {
            return applications.edit(candidacyId, form.content());
        } catch (ApiProblem problem) {
            if (!problem.isInvalidInput() && !problem.is(409)) {
                throw problem;
            }
            reject(problem, form, result);
            return null;
        }
    }

    /**
     * Sends the completed dossier back to the admissibility check, and says how it went: done, too late (with the
     * date), or nothing asked any more.
     */
    void sendBackCompleted(UUID candidacyId, RedirectAttributes redirect) {
        try {
            applications.complete(candidacyId);
            redirect.addFlashAttribute("message", "Votre dossier complété a été renvoyé : la recevabilité va être "
                    + "examinée de nouveau.");
        } catch (ApiProblem problem) {
            if (problem.isDeadlinePassed()) {
                redirect.addFlashAttribute("error", "Le délai pour envoyer les compléments est passé (il courait "
                        + "jusqu'au " + dates.format(problem.deadline()) + ").");
            } else if (problem.is(409)) {
                redirect.addFlashAttribute("error", "Aucun complément n'est plus attendu pour cette candidature.");
            } else {
                throw problem;
            }
        }
    }

    /** Puts what the service refused at the form's fields, or above the form when it names none. */
    static void reject(ApiProblem problem, DossierForm form, BindingResult result) {
        if (problem.isDeadlinePassed()) {
            result.reject("deadline", "La date limite est passée : le dossier ne peut plus être modifié.");
            return;
        }
        if (problem.is(409)) {
            result.reject("conflict", "Ce dossier ne peut plus être modifié : il a été soumis, retiré ou décidé.");
            return;
        }
        boolean placed = false;
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String field = form.serviceField(error.field());
            if (field != null) {
                result.rejectValue(field, "refused", ApiMessages.french(error.field(), error.message()));
                placed = true;
            }
        }
        if (!placed) {
            result.reject("refused", "Le dossier n'a pas pu être enregistré : vérifiez les champs.");
        }
    }
}
