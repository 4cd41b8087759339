package org.ptce.web.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.IdentityApi;
import org.ptce.web.api.WorkflowApi;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A candidacy's page for the coordinator: its dossier (facts, members, documents), where its process stands and
 * what can be done now, and its timeline, every step with who caused it and when.
 */
@Controller
class DossierController {

    private final ApplicationsApi applications;
    private final WorkflowApi workflow;
    private final IdentityApi identity;

    DossierController(ApplicationsApi applications, WorkflowApi workflow, IdentityApi identity) {
        this.applications = applications;
        this.workflow = workflow;
        this.identity = identity;
    }

    /** What the coordinator can do now about the candidacy, and where. */
    record Action(String label, String href) {
    }

    /** A step of the timeline, in the coordinator's words. */
    record Moment(String message, String who, Instant at) {
    }

    @GetMapping("/coordination/candidatures/{candidacyId}")
    String dossier(@PathVariable UUID candidacyId, Model model) {
        Candidacy candidacy = applications.candidacy(candidacyId);
        model.addAttribute("candidacy", candidacy);
        model.addAttribute("call", applications.call(candidacy.callId()));
        model.addAttribute("eligibility", applications.eligibility(candidacyId));
        model.addAttribute("documents", applications.documents(candidacyId));
        WorkflowApi.CandidacyTrack track = workflow.candidacyTrack(candidacyId).orElse(null);
        model.addAttribute("track", track);
        if (track != null) {
            model.addAttribute("actions", actions(track, candidacy));
            model.addAttribute("moments", moments(track));
        }
        return "desk/dossier";
    }

    @GetMapping("/coordination/candidatures/{candidacyId}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID candidacyId, @PathVariable UUID documentId) {
        return applications.download(candidacyId, documentId).asPdfAttachment();
    }

    private static List<Action> actions(WorkflowApi.CandidacyTrack track, Candidacy candidacy) {
        String call = "/coordination/appels/" + candidacy.callId();
        var actions = new ArrayList<Action>();
        for (WorkflowApi.WaitingStep step : track.waitingIn()) {
            switch (step.activityId()) {
                case "CheckAdmissibility" -> actions.add(new Action("Décider de sa recevabilité",
                        call + "/recevabilite#candidature-" + candidacy.id()));
                case "AwaitReview", "AwaitReviewers" -> actions.add(new Action(
                        "Donner un·e évaluateur·rice aux réseaux qui n'en ont pas", call + "/evaluateurs"));
                case "AwaitDecision" -> actions.add(new Action("La placer dans la liste de la délibération",
                        call + "/deliberation"));
                default -> {
                }
            }
        }
        return actions;
    }

    /**
     * The timeline with each person named: one request per person who took part (a handful), none per message.
     * Someone the provider no longer knows is named « une personne »; what a service did on its own, « la
     * plateforme ».
     */
    private List<Moment> moments(WorkflowApi.CandidacyTrack track) {
        var names = new HashMap<String, String>();
        return track.timeline().stream().map(step -> new Moment(Desk.messageName(step.message()),
                who(step.actor(), names), step.at())).toList();
    }

    private String who(String actor, Map<String, String> names) {
        if (actor == null || actor.startsWith("system:")) {
            return "la plateforme";
        }
        return names.computeIfAbsent(actor, id -> {
            try {
                return identity.person(UUID.fromString(id)).displayName();
            } catch (IllegalArgumentException | ApiProblem unknown) {
                return "une personne";
            }
        });
    }
}
