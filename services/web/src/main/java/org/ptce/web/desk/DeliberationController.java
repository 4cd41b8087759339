package org.ptce.web.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.Pages;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A call's deliberation: the reviewed candidacies by tally, their scores network by network and where the networks
 * diverge; the coordinator places each one with a motivation, checks the list, confirms it, and it goes to the
 * networks. After a rejection, the networks' reasons stand beside the list to revise.
 */
@Controller
class DeliberationController {

    private static final int EVALUATIONS_PAGE = 500;
    private static final Pattern FIELD = Pattern.compile("(laureates|reserve|notSelected)\\[(\\d+)]\\.(\\w+)");
    private static final Pattern CANDIDACY_ID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final ApplicationsApi applications;
    private final WorkflowApi workflow;
    private final ReviewDeskApi review;

    DeliberationController(ApplicationsApi applications, WorkflowApi workflow, ReviewDeskApi review) {
        this.applications = applications;
        this.workflow = workflow;
        this.review = review;
    }

    /** A call has as many rows as reviewed candidacies, more than the binder's default of 256 perhaps. */
    @InitBinder("form")
    void rows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(5000);
    }

    @GetMapping("/coordination/appels/{callId}/deliberation")
    String deliberation(@PathVariable UUID callId, Model model) {
        WorkflowApi.Deliberation deliberation = workflow.deliberation(callId);
        var form = DeliberationForm.of(deliberation.reviewed(), deliberation.lastProposed());
        return page(callId, deliberation, form, model);
    }

    /** Checks the list with the service, then asks for a confirmation; « edit » shows the form again as sent. */
    @PostMapping("/coordination/appels/{callId}/deliberation")
    String check(@PathVariable UUID callId, @ModelAttribute("form") DeliberationForm form, BindingResult result,
            @RequestParam(defaultValue = "check") String action, Model model) {
        WorkflowApi.Deliberation deliberation = workflow.deliberation(callId);
        form.keepOnly(deliberation.reviewed());
        if (action.equals("edit") || !ranksReadable(form, result)) {
            return page(callId, deliberation, form, model);
        }
        DeliberationForm.Draft draft = form.draft();
        try {
            workflow.checkRankedList(callId, draft.list());
        } catch (ApiProblem problem) {
            refuse(problem, draft, form, result);
            return page(callId, deliberation, form, model);
        }
        Map<UUID, String> names = deliberation.reviewed().stream().collect(Collectors.toMap(
                WorkflowApi.ReviewedCandidacy::candidacyId, WorkflowApi.ReviewedCandidacy::ptceName,
                (first, next) -> first));
        model.addAttribute("call", applications.call(callId));
        model.addAttribute("section", "deliberation");
        model.addAttribute("list", draft.list());
        model.addAttribute("names", names);
        model.addAttribute("round", deliberation.round() == null ? 1 : deliberation.round() + 1);
        return "desk/deliberation-confirm";
    }

    @PostMapping("/coordination/appels/{callId}/deliberation/proposition")
    String propose(@PathVariable UUID callId, @ModelAttribute("form") DeliberationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        WorkflowApi.Deliberation deliberation = workflow.deliberation(callId);
        form.keepOnly(deliberation.reviewed());
        if (!ranksReadable(form, result)) {
            return page(callId, deliberation, form, model);
        }
        DeliberationForm.Draft draft = form.draft();
        try {
            workflow.proposeRankedList(callId, draft.list());
        } catch (ApiProblem problem) {
            refuse(problem, draft, form, result);
            return page(callId, workflow.deliberation(callId), form, model);
        }
        redirect.addFlashAttribute("message", "Liste proposée aux réseaux : chaque réseau va l'approuver ou la "
                + "rejeter. Leurs réponses s'affichent ci-dessous.");
        return "redirect:/coordination/appels/" + callId + "/deliberation";
    }

    private static boolean ranksReadable(DeliberationForm form, BindingResult result) {
        List<Integer> unreadable = form.unreadableRanks();
        unreadable.forEach(row -> result.rejectValue("rows[" + row + "].rank", "unreadable",
                "Un rang s'écrit en chiffres, à partir de 1 : 1, 2, 3…"));
        return unreadable.isEmpty();
    }

    /** Puts what the service refused at the rows it names, in French; a refusal of the whole list above it. */
    private static void refuse(ApiProblem problem, DeliberationForm.Draft draft, DeliberationForm form,
            BindingResult result) {
        if (problem.is(409)) {
            result.reject("conflict", "La liste ne peut pas être proposée maintenant : la délibération n'est pas "
                    + "ouverte (les dépôts ne sont pas clos, des candidatures sont encore en évaluation, ou la liste "
                    + "est déjà chez les réseaux). La page montre où en est l'appel.");
            return;
        }
        if (!problem.isInvalidInput()) {
            throw problem;
        }
        boolean placed = false;
        for (ApiProblem.FieldProblem error : problem.errors()) {
            Matcher field = FIELD.matcher(error.field() == null ? "" : error.field());
            if (field.matches()) {
                int row = draft.rowOf(field.group(1), Integer.parseInt(field.group(2)));
                if (row >= 0) {
                    String property = field.group(3).equals("motivation") ? "motivation" : "place";
                    result.rejectValue("rows[" + row + "]." + property, "refused", french(property, error));
                    placed = true;
                }
            } else if ("notSelected".equals(error.field()) && error.message() != null
                    && error.message().startsWith("leaves out")) {
                Matcher ids = CANDIDACY_ID.matcher(error.message());
                while (ids.find()) {
                    int row = form.indexOf(UUID.fromString(ids.group()));
                    if (row >= 0) {
                        result.rejectValue("rows[" + row + "].place", "unplaced",
                                "Placez cette candidature : lauréate, liste complémentaire ou non retenue.");
                        placed = true;
                    }
                }
            }
        }
        if (!placed) {
            result.reject("refused", "La liste n'a pas pu être vérifiée : chaque candidature évaluée doit être "
                    + "placée une fois, avec sa motivation.");
        }
    }

    private static String french(String property, ApiProblem.FieldProblem error) {
        String message = error.message() == null ? "" : error.message();
        if (property.equals("motivation")) {
            return message.startsWith("must not be")
                    ? "La motivation est obligatoire : le porteur la lira avec la décision."
                    : Desk.french(error);
        }
        if (message.startsWith("is placed twice")) {
            return "Cette candidature est placée deux fois.";
        }
        if (message.startsWith("is not a reviewed candidacy")) {
            return "Cette candidature n'attend plus la délibération de l'appel (retirée entre-temps ?).";
        }
        return Desk.french(error);
    }

    private String page(UUID callId, WorkflowApi.Deliberation deliberation, DeliberationForm form, Model model) {
        Call call = applications.call(callId);
        List<String> networks = Desk.inOrder(call.participatingNetworks());
        Map<UUID, ReviewDeskApi.RankedCandidacy> ranking = review.ranking(callId).stream().collect(Collectors.toMap(
                ReviewDeskApi.RankedCandidacy::candidacyId, Function.identity(), (first, next) -> first));
        Map<UUID, List<ReviewDeskApi.Evaluation>> evaluations = submittedEvaluations(callId);
        var tallies = new ArrayList<Tallies.Tally>();
        for (WorkflowApi.ReviewedCandidacy reviewed : deliberation.reviewed()) {
            tallies.add(Tallies.of(reviewed, ranking.get(reviewed.candidacyId()),
                    evaluations.getOrDefault(reviewed.candidacyId(), List.of()), call, networks));
        }
        List<ReviewDeskApi.Validation> validations = review.validations(callId);
        model.addAttribute("call", call);
        model.addAttribute("section", "deliberation");
        model.addAttribute("deliberation", deliberation);
        model.addAttribute("networks", networks);
        model.addAttribute("tallies", tallies);
        model.addAttribute("form", form);
        model.addAttribute("places", DeliberationForm.PLACES);
        model.addAttribute("rounds", rounds(validations, deliberation));
        model.addAttribute("rejections", deliberation.isOpen() ? deliberation.lastAnswers().stream()
                .filter(answer -> "REJECTED".equals(answer.validation())).toList() : List.of());
        model.addAttribute("state", state(deliberation));
        model.addAttribute("divergence", Tallies.DIVERGENCE);
        return "desk/deliberation";
    }

    /**
     * The call's submitted evaluations by candidacy, for each network's scores (the ranking has only the means):
     * {@link #EVALUATIONS_PAGE} a request, however many candidacies the call has.
     */
    private Map<UUID, List<ReviewDeskApi.Evaluation>> submittedEvaluations(UUID callId) {
        var byCandidacy = new HashMap<UUID, List<ReviewDeskApi.Evaluation>>();
        new Pages<ReviewDeskApi.CallEvaluation>(number -> {
            ReviewDeskApi.CallEvaluationPage page = review.evaluationsOfCall(callId, number, EVALUATIONS_PAGE);
            return new Pages.Page<>(page.items(), page.totalItems());
        }, EVALUATIONS_PAGE).forEach(items -> items.stream().filter(evaluation -> evaluation.submittedAt() != null)
                .forEach(evaluation -> byCandidacy.computeIfAbsent(evaluation.candidacyId(), id -> new ArrayList<>())
                        .add(new ReviewDeskApi.Evaluation(evaluation.candidacyId(), evaluation.reviewerId(),
                                evaluation.network(), evaluation.scores(), evaluation.vote(), evaluation.comment(),
                                evaluation.submittedAt(), evaluation.submittedAt()))));
        return byCandidacy;
    }

    /**
     * Where the deliberation stands: OPEN (to decide, or to revise after a rejection), WAITING (before it opens),
     * WITH_NETWORKS (a round under way) or APPROVED (every network approved the last round).
     */
    private static String state(WorkflowApi.Deliberation deliberation) {
        if (deliberation.isOpen()) {
            return "OPEN";
        }
        if (deliberation.round() == null) {
            return "WAITING";
        }
        boolean approved = !deliberation.lastAnswers().isEmpty() && deliberation.lastAnswers().stream()
                .allMatch(answer -> "APPROVED".equals(answer.validation()));
        return approved ? "APPROVED" : "WITH_NETWORKS";
    }

    /**
     * Every round's answers, the latest first; the networks' answers to the current round as the workflow knows
     * them when the review service has not recorded the round yet.
     */
    private static List<Round> rounds(List<ReviewDeskApi.Validation> validations,
            WorkflowApi.Deliberation deliberation) {
        var byRound = new LinkedHashMap<Integer, List<Answer>>();
        validations.stream().sorted(Comparator.comparingInt(ReviewDeskApi.Validation::round).reversed()
                        .thenComparingInt(validation -> Desk.NETWORKS.indexOf(validation.network())))
                .forEach(validation -> byRound.computeIfAbsent(validation.round(), round -> new ArrayList<>())
                        .add(new Answer(validation.network(), validation.approved() == null ? "PENDING"
                                : validation.approved() ? "APPROVED" : "REJECTED", validation.reason(),
                                validation.validatedAt())));
        if (deliberation.round() != null && !byRound.containsKey(deliberation.round())) {
            var current = new ArrayList<Answer>();
            deliberation.lastAnswers().forEach(answer -> current.add(new Answer(answer.network(),
                    answer.validation() == null ? "PENDING" : answer.validation(), answer.reason(), null)));
            var ordered = new LinkedHashMap<Integer, List<Answer>>();
            ordered.put(deliberation.round(), current);
            ordered.putAll(byRound);
            return ordered.entrySet().stream().map(entry -> new Round(entry.getKey(), entry.getValue())).toList();
        }
        return byRound.entrySet().stream().map(entry -> new Round(entry.getKey(), entry.getValue())).toList();
    }

    /** A round of the networks' validation: each network's answer. */
    record Round(int number, List<Answer> answers) {
    }

    /** A network's answer: PENDING, APPROVED or REJECTED (with its reason), and when it came. */
    record Answer(String network, String state, String reason, Instant at) {

        public String networkName() {
            return Desk.networkName(network);
        }
    }
}
