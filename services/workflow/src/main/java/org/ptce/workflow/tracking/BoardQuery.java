package org.ptce.workflow.tracking;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.review.api.Network;
import org.ptce.workflow.candidacy.CandidacyProcess;

/**
 * What the board shows: a page (from 0) of the candidacies in a stage, waiting for a reviewer of a network, late,
 * or with an outcome, in an order; every criterion left out shows all.
 *
 * @param network a participating network the candidacy has no reviewer of
 */
record BoardQuery(int page, int size, String stage, Network network, boolean overdue,
        CandidacyProcess.Outcome outcome, Sort sort) {

    /** The board's orders; each ends with the order of submission, so that a page is the same page twice. */
    enum Sort {
        /** In the order they were submitted, the default. */
        SUBMITTED,
        /** By PTCE name, as French sorts it (accents and case aside). */
        PTCE,
        /** The longest waiting in their step first; ended ones last. */
        WAITING,
        /** The nearest due date first (late ones first); those without one last. */
        DUE;

        private static final Comparator<Board.BoardRow> BY_SUBMISSION = Comparator.comparing(
                Board.BoardRow::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()));

        Comparator<Board.BoardRow> order() {
            return switch (this) {
                case SUBMITTED -> BY_SUBMISSION;
                case PTCE -> {
                    Collator french = Collator.getInstance(Locale.FRENCH);
                    french.setStrength(Collator.PRIMARY);
                    yield Comparator.comparing((Board.BoardRow row) -> row.ptceName() == null ? "" : row.ptceName(),
                            french).thenComparing(BY_SUBMISSION);
                }
                case WAITING -> Comparator.comparing((Board.BoardRow row) -> row.endedAt() != null)
                        .thenComparing(Board.BoardRow::since, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(BY_SUBMISSION);
                case DUE -> Comparator.comparing(Board.BoardRow::dueAt,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BY_SUBMISSION);
            };
        }
    }

    /** The query asked for, refused at the parameter it gets wrong. */
    static BoardQuery of(Integer page, Integer size, String stage, Network network, Boolean overdue,
            CandidacyProcess.Outcome outcome, Sort sort) {
        if (page != null && page < 0) {
            throw new InvalidFieldException(List.of(new FieldError("page", "must be greater than or equal to 0")));
        }
        if (size != null && (size < 1 || size > Board.LARGEST_SIZE)) {
            throw new InvalidFieldException(List.of(new FieldError("size",
                    "must be between 1 and " + Board.LARGEST_SIZE)));
        }
        String knownStage = stage == null || stage.isBlank() ? null : stage.strip();
        if (knownStage != null && !Board.STAGES.contains(knownStage)) {
            throw new InvalidFieldException(List.of(new FieldError("stage",
                    "must be one of " + String.join(", ", Board.STAGES))));
        }
        return new BoardQuery(page == null ? 0 : page, size == null ? Board.DEFAULT_SIZE : size, knownStage,
                network, Boolean.TRUE.equals(overdue), outcome, sort == null ? Sort.SUBMITTED : sort);
    }

    boolean matches(Board.BoardRow row) {
        return (stage == null || stage.equals(row.stage()))
                && (network == null || row.uncoveredNetworks().contains(network.name()))
                && (!overdue || row.overdue())
                && (outcome == null || outcome.name().equals(row.outcome()));
    }
}
