package org.ptce.web.calls;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.Call;
import org.ptce.web.api.CallDefinition;
import org.ptce.web.api.CallsApi;
import org.ptce.web.api.PublicCall;
import org.ptce.web.support.FrenchDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' calls: the list of them, preparing and changing a draft, the draft as the holders will see it,
 * and opening it once confirmed. Every rule is the applications service's: the pages say in French what it refuses.
 */
@Controller
@RequestMapping("/coordination/appels")
class CallsController {

    private static final String SAVE = "save";

    private final CallsApi calls;
    private final FrenchDates dates;
    private final Clock clock;

    CallsController(CallsApi calls, FrenchDates dates, Clock clock) {
        this.calls = calls;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rows", calls.calls().stream().map(call -> new CallRow(call, state(call))).toList());
        return "calls/list";
    }

    @GetMapping("/nouveau")
    String create(Model model) {
        return form(null, CallForm.blank(), model);
    }

    @PostMapping("/nouveau")
    String create(@ModelAttribute("form") CallForm form, BindingResult result,
            @RequestParam(defaultValue = SAVE) String action, Model model, RedirectAttributes redirect) {
        return save(null, form, result, action, model, redirect);
    }

    @GetMapping("/{callId}")
    String call(@PathVariable UUID callId, Model model) {
        Call call = calls.call(callId);
        String state = state(call);
        model.addAttribute("call", call);
        model.addAttribute("state", state);
        model.addAttribute("deadlinePassed", call.submissionDeadline() != null
                && !clock.instant().isBefore(call.submissionDeadline()));
        model.addAttribute("gridEmpty", call.evaluationGrid() == null || call.evaluationGrid().criteria() == null
                || call.evaluationGrid().criteria().isEmpty());
        model.addAttribute("preview", preview(call));
        model.addAttribute("previewOpen", call.submissionDeadline() != null
                && clock.instant().isBefore(call.submissionDeadline()));
        model.addAttribute("thresholds", call.evaluationGrid() == null ? List.of()
                : call.evaluationGrid().criteria().stream().map(criterion -> new CriterionLine(criterion.label(),
                        criterion.weight(), CallForm.decimal(criterion.threshold()))).toList());
        model.addAttribute("totalThreshold", call.evaluationGrid() == null ? null
                : CallForm.decimal(call.evaluationGrid().totalThreshold()));
        model.addAttribute("completion", call.completionTimeLimit() == null ? null
                : CallMessages.duration(call.completionTimeLimit().toString()));
        return "calls/call";
    }

    @GetMapping("/{callId}/modifier")
    String edit(@PathVariable UUID callId, Model model, RedirectAttributes redirect) {
        Call call = calls.call(callId);
        if (!"DRAFT".equals(call.status())) {
            redirect.addFlashAttribute("error", "Cet appel est ouvert : il ne peut plus être modifié.");
            return "redirect:/coordination/appels/" + callId;
        }
        return form(callId, CallForm.of(call), model);
    }

    @PostMapping("/{callId}/modifier")
    String edit(@PathVariable UUID callId, @ModelAttribute("form") CallForm form, BindingResult result,
            @RequestParam(defaultValue = SAVE) String action, Model model, RedirectAttributes redirect) {
        return save(callId, form, result, action, model, redirect);
    }

    /** The confirmation step: what opening changes, before it is done. */
    @GetMapping("/{callId}/ouverture")
    String confirmOpening(@PathVariable UUID callId, Model model, RedirectAttributes redirect) {
        Call call = calls.call(callId);
        if (!"DRAFT".equals(call.status())) {
            redirect.addFlashAttribute("error", alreadyOpen());
            return "redirect:/coordination/appels/" + callId;
        }
        model.addAttribute("call", call);
        return "calls/open";
    }

    @PostMapping("/{callId}/ouverture")
    String open(@PathVariable UUID callId, RedirectAttributes redirect) {
        try {
            Call opened = calls.open(callId);
            redirect.addFlashAttribute("message", "L'appel est ouvert : les porteurs de projet peuvent déposer leur "
                    + "candidature jusqu'au " + dates.format(opened.submissionDeadline()) + ".");
        } catch (ApiProblem problem) {
            if (problem.is(409)) {
                redirect.addFlashAttribute("error", alreadyOpen());
            } else if (problem.isInvalidInput()) {
                redirect.addFlashAttribute("error", openingRefused(problem));
            } else {
                throw problem;
            }
        }
        return "redirect:/coordination/appels/" + callId;
    }

    /**
     * The form sent as a whole. Adding or removing a row only shows the form again, nothing saved yet (a draft is
     * saved whole, once every field the service needs is given); « Enregistrer » sends it.
     */
    private String save(UUID callId, CallForm form, BindingResult result, String action, Model model,
            RedirectAttributes redirect) {
        if (action.equals("add-criterion")) {
            form.addCriterionRow();
            model.addAttribute("focus", "criteria[" + (form.getCriteria().size() - 1) + "].label");
            return form(callId, form, model);
        }
        if (action.equals("add-document")) {
            form.addDocumentRow();
            model.addAttribute("focus", "requiredDocuments[" + (form.getRequiredDocuments().size() - 1) + "].name");
            return form(callId, form, model);
        }
        if (action.matches("remove-criterion-\\d{1,3}")) {
            form.removeCriterionRow(Integer.parseInt(action.substring("remove-criterion-".length())));
            model.addAttribute("removed", "Le critère a été retiré de la grille. Enregistrez le brouillon pour "
                    + "garder ce changement.");
            return form(callId, form, model);
        }
        if (action.matches("remove-document-\\d{1,3}")) {
            form.removeDocumentRow(Integer.parseInt(action.substring("remove-document-".length())));
            model.addAttribute("removed", "Le document a été retiré de la liste. Enregistrez le brouillon pour "
                    + "garder ce changement.");
            return form(callId, form, model);
        }
        CallDefinition definition = form.definition(result);
        if (definition == null) {
            return form(callId, form, model);
        }
        try {
            Call saved = callId == null ? calls.create(definition) : calls.update(callId, definition);
            redirect.addFlashAttribute("message", "Le brouillon est enregistré. Voici l'appel tel que les porteurs "
                    + "de projet le verront une fois ouvert.");
            return "redirect:/coordination/appels/" + saved.id();
        } catch (ApiProblem problem) {
            if (problem.is(409)) {
                result.reject("conflict", "Cet appel a été ouvert entre-temps : il ne peut plus être modifié. Ce que "
                        + "vous avez saisi n'a pas été enregistré.");
            } else if (problem.isInvalidInput()) {
                reject(problem, form, result);
            } else {
                throw problem;
            }
        }
        return form(callId, form, model);
    }

    /** Puts what the service refused at the form's fields, or above the form when it names none. */
    private static void reject(ApiProblem problem, CallForm form, BindingResult result) {
        boolean placed = false;
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String field = form.formField(error.field());
            if (field != null) {
                result.rejectValue(field, "refused", CallMessages.french(error.field(), error.message()));
                placed = true;
            }
        }
        if (!placed) {
            result.reject("refused", "Le brouillon n'a pas pu être enregistré : vérifiez les champs.");
        }
    }

    private String form(UUID callId, CallForm form, Model model) {
        model.addAttribute("callId", callId);
        model.addAttribute("form", form);
        model.addAttribute("networks", CallForm.NETWORKS);
        return "calls/form";
    }

    /** Brouillon, ouvert, or clos once its submission deadline has passed. */
    private String state(Call call) {
        if ("DRAFT".equals(call.status())) {
            return "DRAFT";
        }
        return call.isOpenAt(clock.instant()) ? "OPEN" : "CLOSED";
    }

    /** The call as the public page shows it once opened (publication service), its networks in the form's order. */
    private static PublicCall preview(Call call) {
        List<String> networks = call.participatingNetworks() == null ? List.of()
                : CallForm.NETWORKS.stream().filter(call.participatingNetworks()::contains).toList();
        List<PublicCall.Criterion> criteria = call.evaluationGrid() == null ? List.of()
                : call.evaluationGrid().criteria().stream()
                        .map(criterion -> new PublicCall.Criterion(criterion.label(), criterion.weight())).toList();
        return new PublicCall(call.id(), call.title(), call.description(), call.submissionDeadline(), networks,
                call.requiredDocuments(), criteria, call.reviewDeadline(), call.openedAt(), null);
    }

    private static String alreadyOpen() {
        return "Cet appel est déjà ouvert : il ne peut être ni ouvert de nouveau, ni modifié.";
    }

    private static String openingRefused(ApiProblem problem) {
        var reasons = new StringBuilder("L'appel n'a pas été ouvert.");
        for (ApiProblem.FieldProblem error : problem.errors()) {
            String field = error.field() == null ? "" : error.field();
            if (field.equals("submissionDeadline")) {
                reasons.append(" Sa date limite de dépôt est passée : modifiez-la avant de l'ouvrir.");
            } else if (field.startsWith("evaluationGrid")) {
                reasons.append(" Sa grille d'évaluation est vide : ajoutez-y des critères avant de l'ouvrir.");
            } else {
                reasons.append(" ").append(CallMessages.french(field, error.message()));
            }
        }
        if (problem.errors().isEmpty()) {
            reasons.append(" Vérifiez le brouillon, puis réessayez.");
        }
        return reasons.toString();
    }

    /** A call in the coordinators' list, with its state in words: DRAFT, OPEN or CLOSED. */
    record CallRow(Call call, String state) {

        public int networkCount() {
            return call.participatingNetworks() == null ? 0 : call.participatingNetworks().size();
        }
    }

    /** A criterion as the committee reads the grid: its weight and threshold, « 2,5 » written the French way. */
    record CriterionLine(String label, int weight, String threshold) {
    }
}
