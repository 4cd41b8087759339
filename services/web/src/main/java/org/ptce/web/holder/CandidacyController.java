package org.ptce.web.holder;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.CandidacyContent;
import org.ptce.web.api.Notification;
import org.ptce.web.api.PublicationApi;
import org.ptce.web.support.ApiMessages;
import org.ptce.web.support.PageNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The holder's dashboard, starting a candidacy, and the dossier form with its autosave. */
@Controller
class CandidacyController {

    private final ApplicationsApi applications;
    private final PublicationApi publication;
    private final HolderPages pages;
    private final Clock clock;

    CandidacyController(ApplicationsApi applications, PublicationApi publication, HolderPages pages, Clock clock) {
        this.applications = applications;
        this.publication = publication;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/mes-candidatures")
    String dashboard(Model model) {
        Map<UUID, Call> calls = applications.calls().stream()
                .collect(Collectors.toMap(Call::id, Function.identity()));
        var rows = applications.myCandidacies().stream()
                .sorted(Comparator.comparing(Candidacy::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(candidacy -> new DashboardRow(candidacy, calls.get(candidacy.callId())))
                .toList();
        model.addAttribute("rows", rows);
        model.addAttribute("openCalls", calls.values().stream().filter(call -> call.isOpenAt(clock.instant()))
                .sorted(Comparator.comparing(Call::submissionDeadline)).toList());
        return "holder/dashboard";
    }

    @GetMapping("/appels/{callId}/candidater")
    String start(@PathVariable UUID callId, Model model) {
        model.addAttribute("call", openCall(callId));
        model.addAttribute("form", new StartForm(null));
        return "holder/start";
    }

    @PostMapping("/appels/{callId}/candidater")
    String start(@PathVariable UUID callId, @ModelAttribute("form") StartForm form, BindingResult result,
            Model model) {
        Call call = openCall(callId);
        try {
            Candidacy candidacy = applications.draft(callId, new CandidacyContent(form.ptceName(), null, null,
                    null, null, List.of(), List.of(), null, null, null, null));
            return "redirect:/candidatures/" + candidacy.id();
        } catch (ApiProblem problem) {
            if (problem.isDeadlinePassed()) {
                result.rejectValue("ptceName", "deadline", "La date limite de dépôt de cet appel est passée.");
            } else if (problem.isInvalidInput()) {
                problem.errors().forEach(error -> result.rejectValue("ptceName", "refused",
                        ApiMessages.french(error.field(), error.message())));
            } else {
                throw problem;
            }
        }
        model.addAttribute("call", call);
        return "holder/start";
    }

    @GetMapping("/candidatures/{candidacyId}")
    String candidacy(@PathVariable UUID candidacyId, Model model) {
        Candidacy candidacy = pages.candidacy(candidacyId);
        if (candidacy.isWritable()) {
            return dossier(candidacy, DossierForm.of(candidacy), model);
        }
        model.addAttribute("candidacy", candidacy);
        model.addAttribute("call", pages.callOf(candidacy));
        model.addAttribute("documents", pages.documents(candidacyId));
        List<Notification> notifications = publication.myNotifications().stream()
                .filter(notification -> candidacyId.equals(notification.candidacyId())).toList();
        model.addAttribute("notifications", notifications);
        return "holder/candidacy";
    }

    /**
     * The form sent as a whole: saved first, whatever else the button asks (add or remove a member's row, go on to
     * submitting, send the completed dossier back), so that nothing typed is lost on the way.
     */
    @PostMapping("/candidatures/{candidacyId}")
    String save(@PathVariable UUID candidacyId, @ModelAttribute("form") DossierForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        if (action.startsWith("remove-member-")) {
            form.removeMemberRow(Integer.parseInt(action.substring("remove-member-".length())));
        }
        Candidacy saved = pages.save(candidacyId, form, result);
        if (saved == null) {
            model.addAttribute("saveFailed", true);
            return dossier(pages.candidacy(candidacyId), form, model);
        }
        if (action.equals("add-member")) {
            form.addMemberRow();
            model.addAttribute("focusRow", form.getMembers().size() - 1);
            return dossier(saved, form, model);
        }
        if (action.startsWith("remove-member-")) {
            model.addAttribute("memberRemoved", true);
            return dossier(saved, form, model);
        }
        if (action.equals("review")) {
            return "redirect:/candidatures/" + candidacyId + "/soumission";
        }
        if (action.equals("complete")) {
            pages.sendBackCompleted(candidacyId, redirect);
            return "redirect:/candidatures/" + candidacyId;
        }
        redirect.addFlashAttribute("saved", saved.updatedAt());
        return "redirect:/candidatures/" + candidacyId;
    }

    /** Autosave, as the holder types (htmx): the save's status, the eligibility facts and the fields' errors. */
    @PostMapping(path = "/candidatures/{candidacyId}/brouillon", headers = "HX-Request")
    String autosave(@PathVariable UUID candidacyId, @ModelAttribute("form") DossierForm form, BindingResult result,
            Model model) {
        Candidacy saved = pages.save(candidacyId, form, result);
        model.addAttribute("saved", saved == null ? null : saved.updatedAt());
        model.addAttribute("saveFailed", saved == null);
        model.addAttribute("eligibility", pages.eligibility(candidacyId));
        model.addAttribute("fields", form.fields());
        return "holder/dossier :: autosaved";
    }

    private String dossier(Candidacy candidacy, DossierForm form, Model model) {
        model.addAttribute("candidacy", candidacy);
        model.addAttribute("form", form);
        model.addAttribute("call", pages.callOf(candidacy));
        model.addAttribute("eligibility", pages.eligibility(candidacy.id()));
        model.addAttribute("documents", pages.documents(candidacy.id()));
        model.addAttribute("memberKinds", DossierForm.MEMBER_KINDS);
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", candidacy.updatedAt());
        }
        return "holder/dossier";
    }

    private Call openCall(UUID callId) {
        Call call = applications.call(callId);
        if (!"OPEN".equals(call.status())) {
            throw new PageNotFoundException();
        }
        return call;
    }

    /** The first step: the PTCE's name, which the service asks of every draft. */
    record StartForm(String ptceName) {
    }

    /** A candidacy on the dashboard, with its call (absent when the call can no longer be read). */
    record DashboardRow(Candidacy candidacy, Call call) {
    }
}
