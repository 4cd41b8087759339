package org.ptce.web.desk;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.support.FrenchDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A call's board: every candidacy with its stage, who it waits on and since when, the counts per stage on top,
 * filtered and paged by the workflow service, 50 a page.
 */
@Controller
class BoardController {

    private final ApplicationsApi applications;
    private final WorkflowApi workflow;
    private final ReviewDeskApi review;
    private final FrenchDates dates;

    BoardController(ApplicationsApi applications, WorkflowApi workflow, ReviewDeskApi review, FrenchDates dates) {
        this.applications = applications;
        this.workflow = workflow;
        this.review = review;
        this.dates = dates;
    }

    /** A criterion the address gets wrong (a page that is not a number, a stage that is none) is left out. */
    @GetMapping("/coordination/appels/{callId}/suivi")
    String board(@PathVariable UUID callId, @ModelAttribute("filter") BoardFilter filter, BindingResult unreadable,
            Model model) {
        if (unreadable.hasFieldErrors("page")) {
            filter.setPage(null);
        }
        Call call = applications.call(callId);
        WorkflowApi.Board board = workflow.board(callId, filter.query());
        if (filter.pageNumber() > board.totalPages()) {
            // A page past the end (candidacies left the filter since): its last page.
            return "redirect:" + filter.pageUrl(callId, board.totalPages());
        }
        Map<String, String> reviewers = reviewerNames(call, board);
        model.addAttribute("call", call);
        model.addAttribute("section", "board");
        model.addAttribute("board", board);
        model.addAttribute("lines", board.items().stream().map(row -> line(row, reviewers)).toList());
        model.addAttribute("pageNumber", filter.pageNumber());
        model.addAttribute("totalPages", board.totalPages());
        model.addAttribute("stages", Desk.STAGES);
        model.addAttribute("outcomes", Desk.OUTCOMES);
        model.addAttribute("sorts", BoardFilter.SORTS);
        model.addAttribute("networks", Desk.inOrder(call.participatingNetworks()));
        return "desk/board";
    }

    /**
     * The names of the reviewers the page's candidacies wait on, from the rosters of the call's networks (a request
     * per network, none when no candidacy on the page waits on a reviewer).
     */
    private Map<String, String> reviewerNames(Call call, WorkflowApi.Board board) {
        if (board.items().stream().allMatch(row -> row.reviewerIds().isEmpty())) {
            return Map.of();
        }
        return Desk.reviewerNames(review, call);
    }

    private Line line(WorkflowApi.BoardRow row, Map<String, String> reviewers) {
        return new Line(row, Desk.STAGES.getOrDefault(row.stage(), row.stageName() == null ? "En cours"
                : row.stageName()), waitingOn(row, reviewers),
                row.outcome() == null ? null : Desk.OUTCOMES.getOrDefault(row.outcome(), row.outcome()));
    }

    /** Who must act, in the coordinator's words; nothing once the candidacy's process has ended. */
    private String waitingOn(WorkflowApi.BoardRow row, Map<String, String> reviewers) {
        if (row.waitingFor() == null) {
            return row.endedAt() == null ? "" : "—";
        }
        return switch (row.waitingFor()) {
            case "COORDINATORS" -> "la coordination";
            case "HOLDER" -> "le porteur du projet" + (row.dueAt() == null ? ""
                    : ", jusqu'au " + dates.format(row.dueAt()));
            case "REVIEW_SERVICE" -> "l'affectation des évaluateur·rices";
            case "REVIEWERS" -> {
                String who = row.reviewerIds().isEmpty() ? "aucun·e évaluateur·rice affecté·e"
                        : row.reviewerIds().stream().map(id -> reviewers.getOrDefault(id,
                                "un·e évaluateur·rice qui a quitté le comité")).collect(Collectors.joining(", "));
                String uncovered = row.uncoveredNetworks().isEmpty() ? ""
                        : " ; sans évaluateur·rice : " + row.uncoveredNetworks().stream().map(Desk::networkName)
                                .collect(Collectors.joining(", ")) + " (à affecter par la coordination)";
                yield who + uncovered;
            }
            case "DELIBERATION" -> "la délibération de l'appel";
            default -> row.waitingOn() == null ? "" : row.waitingOn();
        };
    }

    /** A candidacy on the page, in words. */
    record Line(WorkflowApi.BoardRow row, String stage, String waitingOn, String outcome) {
    }
}
