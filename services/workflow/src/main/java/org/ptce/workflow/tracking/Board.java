package org.ptce.workflow.tracking;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.workflow.candidacy.CandidacyProcess;

/**
 * A call's board: every candidacy where it stands, counted by stage over the whole call, then filtered and paged.
 * Built in memory from the few queries that read the whole call at once (the counts need all of it anyway).
 */
final class Board {

    /** The stages a candidacy waits in or ended in, in the order of the process. */
    static final List<String> STAGES = List.of(
            CandidacyProcess.Activities.CHECK_ADMISSIBILITY, CandidacyProcess.Activities.AWAIT_COMPLETION,
            CandidacyProcess.Activities.AWAIT_REVIEWERS, CandidacyProcess.Activities.AWAIT_REVIEW,
            CandidacyProcess.Activities.AWAIT_DECISION, CandidacyProcess.Activities.DECIDED,
            CandidacyProcess.Activities.INADMISSIBLE, CandidacyProcess.Activities.INCOMPLETE,
            CandidacyProcess.Activities.WITHDRAWN);

    static final int DEFAULT_SIZE = 50;
    static final int LARGEST_SIZE = 200;

    private Board() {
    }

    static BoardView of(UUID callId, List<BoardRow> rows, BoardQuery query) {
        var counts = new LinkedHashMap<String, Long>();
        STAGES.forEach(stage -> counts.put(stage, 0L));
        rows.stream().filter(row -> row.stage() != null)
                .forEach(row -> counts.merge(row.stage(), 1L, Long::sum));
        long overdue = rows.stream().filter(BoardRow::overdue).count();
        List<BoardRow> matching = rows.stream().filter(query::matches).sorted(query.sort().order()).toList();
        int size = query.size();
        int from = Math.min(matching.size(), query.page() * size);
        List<BoardRow> page = matching.subList(from, Math.min(matching.size(), from + size));
        return new BoardView(callId, List.copyOf(page), query.page(), size, matching.size(), rows.size(), counts,
                overdue);
    }

    /**
     * The board's page.
     *
     * @param totalItems the candidacies that match the filters
     * @param allItems   every candidacy of the call
     * @param stages     how many candidacies of the call are in each stage, whatever the filters
     * @param overdue    how many of them are late, whatever the filters
     */
    record BoardView(UUID callId, List<BoardRow> items, int page, int size, long totalItems, long allItems,
            Map<String, Long> stages, long overdue) {
    }

    /**
     * One candidacy on the board.
     *
     * @param stage             the activity id of the step it waits in, or of the end it reached ({@link #STAGES})
     * @param stageName         the step's name, in French, as the process model names it
     * @param waitingFor        who must act: COORDINATORS, HOLDER, REVIEW_SERVICE, REVIEWERS or DELIBERATION;
     *                          {@code null} once ended
     * @param waitingOn         the same, in the coordinator's words
     * @param uncoveredNetworks the participating networks the candidacy has no reviewer of (for the coordinator to
     *                          give one)
     * @param since             since when it waits in its step (or when it ended)
     * @param dueAt             when it is late: the completion's due date, or the evaluations' reminder date
     * @param overdue           whether that date has passed
     * @param outcome           LAUREATE, RESERVE or NOT_SELECTED once decided
     */
    record BoardRow(UUID candidacyId, String ptceName, String stage, String stageName, String waitingFor,
            String waitingOn, String holderId, List<String> reviewerIds, List<String> uncoveredNetworks,
            Instant submittedAt, Instant since, Instant dueAt, boolean overdue, Instant endedAt, String outcome) {
    }
}
