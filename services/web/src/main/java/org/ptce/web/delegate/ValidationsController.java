package org.ptce.web.delegate;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ProposedListPage;
import org.ptce.web.api.ValidationApi;
import org.ptce.web.api.ValidationRound;
import org.ptce.web.api.ValidationsOfCall;
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

/**
 * A network delegate's pages: the rounds of the committee's proposed lists that their network is to answer, across
 * calls, and each round's list with its places, tallies and motivations, where they approve it for their network or
 * reject it with a reason, once. The network is the delegate's own: the service does not know of another network's
 * calls for them (the French 404 page).
 */
@Controller
class ValidationsController {

    /** How many candidacies of a proposed list a page shows. */
    static final int PAGE_SIZE = 50;

    private final ValidationApi validations;
    private final ValidationTimes times;

    ValidationsController(ValidationApi validations, ValidationTimes times) {
        this.validations = validations;
        this.times = times;
    }

    /** The rounds awaiting the network's answer, oldest first, with when it is followed up; then the others. */
    @GetMapping("/validations")
    String validations(Model model) {
        List<ValidationRound> rounds = validations.myRounds();
        model.addAttribute("awaited", rounds.stream().filter(ValidationRound::isAwaited)
                .sorted(Comparator.comparing(ValidationRound::requestedAt))
                .map(round -> new AwaitedRow(round, sizes(round), times.reminderAt(round.requestedAt()),
                        times.escalationAt(round.requestedAt())))
                .toList());
        model.addAttribute("closed", rounds.stream().filter(round -> !round.isAwaited())
                .sorted(Comparator.comparing(ValidationsController::closedAt).reversed())
                .map(round -> new ClosedRow(round, sizes(round))).toList());
        return "delegate/validations";
    }

    /** A page that is not a number is the first; one past the end, the last. */
    @GetMapping("/validations/{callId}/tours/{round}")
    String round(@PathVariable UUID callId, @PathVariable int round,
            @RequestParam(name = "page", required = false) String page, Model model) {
        int pageNumber = pageNumber(page);
        return show(callId, round, pageNumber, new AnswerForm(), model);
    }

    /**
     * The network's answer. What the service refuses at the reason is said there, what was typed kept; a round
     * answered already, or replaced by a later one, is said above the page, which shows the answer given.
     */
    @PostMapping("/validations/{callId}/tours/{round}")
    String answer(@PathVariable UUID callId, @PathVariable int round, @ModelAttribute("form") AnswerForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!form.isDecided()) {
            result.reject("decision", "Choisissez d'approuver la liste ou de la rejeter.");
            return show(callId, round, 1, form, model);
        }
        try {
            validations.answer(callId, round, form.isApproval(), form.reasonSent());
        } catch (ApiProblem problem) {
            if (problem.is(409)) {
                redirect.addFlashAttribute("error", whyNotAnswerable(callId, round));
                return "redirect:/validations/{callId}/tours/{round}";
            }
            if (!problem.isInvalidInput()) {
                throw problem;
            }
            reject(problem, result);
            return show(callId, round, 1, form, model);
        }
        redirect.addFlashAttribute("message", form.isApproval()
                ? "Votre réponse est enregistrée : votre réseau approuve la liste proposée au tour " + round + "."
                : "Votre réponse est enregistrée : votre réseau rejette la liste proposée au tour " + round
                        + ". La coordination en reçoit le motif.");
        return "redirect:/validations/{callId}/tours/{round}";
    }

    private String show(UUID callId, int round, int pageNumber, AnswerForm form, Model model) {
        ValidationsOfCall call = validations.ofCall(callId);
        ValidationsOfCall.Round shown = call.round(round).orElseThrow(PageNotFoundException::new);
        ProposedListPage list = validations.proposedList(callId, round, pageNumber - 1, PAGE_SIZE);
        if (pageNumber > list.totalPages()) {
            return "redirect:/validations/{callId}/tours/{round}?page=" + list.totalPages();
        }
        ValidationsOfCall.Answer own = shown.answerOf(call.network()).orElse(null);
        boolean superseded = call.latestRound() > round;
        model.addAttribute("call", call);
        model.addAttribute("shown", shown);
        model.addAttribute("sizes", ListSizes.of(shown.laureates(), shown.reserve(), shown.notSelected()));
        model.addAttribute("own", own);
        model.addAttribute("superseded", superseded);
        model.addAttribute("latestRound", call.latestRound());
        model.addAttribute("answerable", own != null && !own.isGiven() && !superseded);
        model.addAttribute("reminderAt", times.reminderAt(shown.requestedAt()));
        model.addAttribute("escalationAt", times.escalationAt(shown.requestedAt()));
        model.addAttribute("rows", list.items().stream().map(entry -> ProposedCandidacyRow.of(entry, call.grid()))
                .toList());
        model.addAttribute("firstPosition", (long) (pageNumber - 1) * PAGE_SIZE + 1);
        model.addAttribute("totalItems", list.totalItems());
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute("totalPages", list.totalPages());
        model.addAttribute("earlierRounds", call.rounds().stream().filter(r -> r.round() < round)
                .sorted(Comparator.comparingInt(ValidationsOfCall.Round::round).reversed()).toList());
        model.addAttribute("form", form);
        return "delegate/round";
    }

    /** Why the service would not take the answer (409): given already, or the round replaced by a later one. */
    private String whyNotAnswerable(UUID callId, int round) {
        ValidationsOfCall call = validations.ofCall(callId);
        boolean given = call.round(round).flatMap(r -> r.answerOf(call.network()))
                .map(ValidationsOfCall.Answer::isGiven).orElse(false);
        if (given) {
            return "Votre réseau a déjà répondu à ce tour : sa réponse ne peut pas être donnée une seconde fois.";
        }
        if (call.latestRound() > round) {
            return "Ce tour a été remplacé par le tour " + call.latestRound()
                    + " : c'est à la liste de ce tour que votre réseau doit répondre.";
        }
        return "Cette réponse n'a pas pu être enregistrée : le tour n'attend plus de réponse de votre réseau.";
    }

    /** Puts what the service refused at the reason, in French, or above the form when it names no such field. */
    private static void reject(ApiProblem problem, BindingResult result) {
        boolean placed = false;
        for (ApiProblem.FieldProblem error : problem.errors()) {
            if ("reason".equals(error.field())) {
                result.rejectValue("reason", "refused", reasonRefused(error.message()));
                placed = true;
            }
        }
        if (!placed) {
            result.reject("refused", "La réponse n'a pas pu être enregistrée : vérifiez le motif.");
        }
    }

    private static String reasonRefused(String message) {
        if (message != null && message.strip().startsWith("is required")) {
            return "Indiquez pourquoi votre réseau rejette la liste : un rejet est toujours motivé.";
        }
        return ApiMessages.french("reason", message);
    }

    private static int pageNumber(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static String sizes(ValidationRound round) {
        return ListSizes.of(round.laureates(), round.reserve(), round.notSelected());
    }

    private static Instant closedAt(ValidationRound round) {
        return round.validatedAt() != null ? round.validatedAt() : round.requestedAt();
    }

    /** A round awaiting the network's answer, with when the reminder goes out and the coordination takes over. */
    record AwaitedRow(ValidationRound round, String sizes, Instant reminderAt, Instant escalationAt) {
    }

    /** A round answered, or replaced by a later one before the network answered. */
    record ClosedRow(ValidationRound round, String sizes) {
    }
}
