package org.ptce.web.desk;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.support.FrenchDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review's follow-up of a call: the candidacies under review that a participating network has no reviewer for
 * (none was free of conflict), and giving one a reviewer of that network.
 */
@Controller
class ReviewersController {

    private final ApplicationsApi applications;
    private final ReviewDeskApi review;
    private final WorkflowApi workflow;
    private final FrenchDates dates;

    ReviewersController(ApplicationsApi applications, ReviewDeskApi review, WorkflowApi workflow, FrenchDates dates) {
        this.applications = applications;
        this.review = review;
        this.workflow = workflow;
        this.dates = dates;
    }

    /** An evaluation late with a candidacy: its reviewers by name, and since when it is late. */
    record Late(WorkflowApi.BoardRow row, String reviewers) {
    }

    @GetMapping("/coordination/appels/{callId}/evaluateurs")
    String uncovered(@PathVariable UUID callId, Model model) {
        return page(applications.call(callId), null, model);
    }

    @PostMapping("/coordination/appels/{callId}/evaluateurs/{candidacyId}")
    String assign(@PathVariable UUID callId, @PathVariable UUID candidacyId,
            @RequestParam(defaultValue = "") String network, @RequestParam(defaultValue = "") String reviewerId,
            Model model, RedirectAttributes redirect) {
        String back = "redirect:/coordination/appels/" + callId + "/evaluateurs";
        Call call = applications.call(callId);
        if (reviewerId.isBlank()) {
            return page(call, new Refused(candidacyId, network, reviewerId,
                    "Choisissez l'évaluateur·rice à affecter."), model);
        }
        try {
            review.assign(candidacyId, reviewerId);
        } catch (ApiProblem problem) {
            if (problem.isDeadlinePassed()) {
                redirect.addFlashAttribute("error", "La date limite d'évaluation de l'appel est passée (elle était "
                        + "fixée au " + dates.format(problem.deadline()) + ") : les évaluateur·rices ne peuvent plus "
                        + "changer.");
                return back;
            }
            if (problem.is(409)) {
                redirect.addFlashAttribute("error", "Cette candidature n'attend plus d'évaluateur·rice pour ce "
                        + "réseau : un·e autre lui a été affecté·e entre-temps, ou son évaluation est finie, ou elle "
                        + "a été retirée.");
                return back;
            }
            if (!problem.isInvalidInput()) {
                throw problem;
            }
            String message = problem.errors().stream().map(this::french).findFirst()
                    .orElse("Cette affectation est refusée : choisissez un·e autre évaluateur·rice.");
            return page(call, new Refused(candidacyId, network, reviewerId, message), model);
        }
        String name = !Desk.NETWORKS.contains(network) ? "L'évaluateur·rice" : review.members(network).stream()
                .filter(member -> member.personId().equals(reviewerId))
                .map(ReviewDeskApi.CommitteeMember::displayName).findFirst().orElse("L'évaluateur·rice");
        redirect.addFlashAttribute("message", name + " évalue désormais la candidature pour "
                + Desk.networkName(network) + ".");
        return back;
    }

    private String french(ApiProblem.FieldProblem error) {
        String message = error.message() == null ? "" : error.message();
        if (message.startsWith("has a conflict of interest")) {
            return "Cette personne a un conflit d'intérêts avec la candidature : choisissez-en une autre.";
        }
        if (message.startsWith("is no longer a reviewer") || message.startsWith("is not a reviewer")) {
            return "Cette personne n'est plus évaluatrice du comité : choisissez-en une autre.";
        }
        if (message.contains("does not take part in the call")) {
            return "Cette personne évalue pour un réseau qui ne participe pas à l'appel.";
        }
        return Desk.french(error);
    }

    private String page(Call call, Refused refused, Model model) {
        List<ReviewDeskApi.UncoveredCandidacy> uncovered = review.uncovered(call.id());
        var reviewers = new LinkedHashMap<String, List<ReviewDeskApi.CommitteeMember>>();
        uncovered.stream().flatMap(candidacy -> candidacy.networksWithoutReviewer().stream()).distinct()
                .sorted(Comparator.comparingInt(Desk.NETWORKS::indexOf))
                .forEach(network -> reviewers.put(network, review.members(network).stream()
                        .filter(member -> "REVIEWER".equals(member.role()))
                        .sorted(Comparator.comparing(ReviewDeskApi.CommitteeMember::displayName,
                                String.CASE_INSENSITIVE_ORDER))
                        .toList()));
        model.addAttribute("call", call);
        model.addAttribute("section", "reviewers");
        model.addAttribute("uncovered", uncovered);
        model.addAttribute("reviewers", reviewers);
        model.addAttribute("refused", refused);
        // The late ones first by their due date, a page of them: the board, filtered, has the rest.
        WorkflowApi.Board late = workflow.board(call.id(), new WorkflowApi.BoardQuery(0, BoardFilter.PAGE_SIZE,
                "AwaitReview", null, true, null, "DUE"));
        Map<String, String> names = late.items().isEmpty() ? Map.of() : Desk.reviewerNames(review, call);
        model.addAttribute("late", late.items().stream().map(row -> new Late(row, row.reviewerIds().stream()
                .map(id -> names.getOrDefault(id, "un·e évaluateur·rice")).collect(Collectors.joining(", "))))
                .toList());
        model.addAttribute("lateTotal", late.totalItems());
        return "desk/reviewers";
    }

    /** An assignment the service refused: for which candidacy and network, the reviewer chosen, and why. */
    record Refused(UUID candidacyId, String network, String reviewerId, String message) {

        public boolean isFor(UUID candidacy, String ofNetwork) {
            return candidacyId.equals(candidacy) && network.equals(ofNetwork);
        }
    }
}
