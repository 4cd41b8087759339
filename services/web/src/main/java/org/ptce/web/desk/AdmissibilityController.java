package org.ptce.web.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.api.WorkflowApi.PendingCheck;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's admissibility queue of a call: each candidacy waiting for its check, with the eligibility rules'
 * verdict and the facts behind it, and its decision form. What the workflow service refuses is said at the field of
 * that candidacy's form, what was typed kept.
 */
@Controller
class AdmissibilityController {

    private final ApplicationsApi applications;
    private final WorkflowApi workflow;
    private final Clock clock;

    AdmissibilityController(ApplicationsApi applications, WorkflowApi workflow, Clock clock) {
        this.applications = applications;
        this.workflow = workflow;
        this.clock = clock;
    }

    @GetMapping("/coordination/appels/{callId}/recevabilite")
    String queue(@PathVariable UUID callId, Model model) {
        return queue(applications.call(callId), workflow.admissibilityChecks(callId), null, model);
    }

    @PostMapping("/coordination/appels/{callId}/recevabilite/{candidacyId}")
    String decide(@PathVariable UUID callId, @PathVariable UUID candidacyId,
            @ModelAttribute("decision") AdmissibilityForm form, Model model, RedirectAttributes redirect) {
        List<PendingCheck> checks = workflow.admissibilityChecks(callId);
        String name = checks.stream().filter(check -> check.candidacyId().equals(candidacyId))
                .map(PendingCheck::ptceName).findFirst().orElse(null);
        String queue = "redirect:/coordination/appels/" + callId + "/recevabilite";
        WorkflowApi.AdmissibilityDecision decision = form.decision();
        try {
            workflow.decideAdmissibility(candidacyId, decision);
        } catch (ApiProblem problem) {
            if (problem.is(409)) {
                redirect.addFlashAttribute("error", "Cette candidature n'attend plus de décision de recevabilité : "
                        + "elle a déjà été décidée, ou son porteur l'a retirée. Aucune décision n'a été "
                        + "enregistrée.");
                return queue;
            }
            if (!problem.isInvalidInput()) {
                throw problem;
            }
            var refused = new Refused(candidacyId, form, errors(problem));
            return queue(applications.call(callId), checks, refused, model);
        }
        redirect.addFlashAttribute("message", "Décision enregistrée" + (name == null ? "" : " : « " + name + " » ")
                + (name == null ? "." : said(decision.outcome())));
        return queue;
    }

    private String queue(Call call, List<PendingCheck> checks, Refused refused, Model model) {
        model.addAttribute("call", call);
        model.addAttribute("checks", checks);
        model.addAttribute("refused", refused);
        Instant completionDue = call.completionTimeLimit() == null ? null
                : clock.instant().plus(call.completionTimeLimit());
        model.addAttribute("completionDue", completionDue);
        model.addAttribute("completionDays", call.completionTimeLimit() == null ? null
                : call.completionTimeLimit().toDays());
        model.addAttribute("section", "admissibility");
        return "desk/admissibility";
    }

    private static String said(String outcome) {
        return switch (outcome) {
            case "ADMISSIBLE" -> "est recevable : elle part en évaluation.";
            case "INCOMPLETE" -> "est incomplète : les compléments sont demandés à son porteur.";
            default -> "est irrecevable : son porteur en est informé, avec la motivation.";
        };
    }

    /** What the service refused, by field of the form, in French. */
    private static Map<String, String> errors(ApiProblem problem) {
        var errors = new LinkedHashMap<String, String>();
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String field = switch (error.field()) {
                case "outcome", "motivation", "missingItems" -> error.field();
                default -> "form";
            };
            errors.merge(field, french(field, error), (first, next) -> first);
        }
        if (errors.isEmpty()) {
            errors.put("form", "La décision n'a pas pu être enregistrée : vérifiez le formulaire.");
        }
        return errors;
    }

    private static String french(String field, ApiProblem.FieldProblem error) {
        String message = error.message() == null ? "" : error.message();
        boolean missing = message.startsWith("is required") || message.startsWith("must not be");
        return switch (field) {
            case "outcome" -> "Choisissez la décision : recevable, incomplète ou irrecevable.";
            case "motivation" -> missing
                    ? "La motivation est obligatoire pour une candidature irrecevable : son porteur la lira."
                    : Desk.french(error);
            case "missingItems" -> missing
                    ? "Indiquez ce que le porteur doit compléter, une pièce ou une information par ligne."
                    : Desk.french(error);
            default -> Desk.french(error);
        };
    }

    /** The decision the service refused, for the form of its candidacy: what was typed, and why. */
    record Refused(UUID candidacyId, AdmissibilityForm form, Map<String, String> errors) {

        public boolean isFor(UUID candidacy) {
            return candidacyId.equals(candidacy);
        }

        public String error(String field) {
            return errors.get(field);
        }
    }
}
