package org.ptce.web.reviewer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.ptce.web.api.Call;
import org.ptce.web.api.Evaluation;

/**
 * The grid as the pages show it: one row per criterion with its weight, threshold and score, and the totals, all as
 * the review service computed them on the evaluation last saved; numbers written the French way (« 2,5 »).
 */
record ScoreBoard(List<Row> rows, String weightedTotal, String totalThreshold, int scoredCount,
        Boolean thresholdsMet) {

    /** A criterion; {@code score} and {@code met} are {@code null} while it is not scored. */
    record Row(String code, String label, int weight, String threshold, Integer score, Boolean met) {

        /** « Atteint », « Non atteint », or « Non noté ». */
        public String metText() {
            return met == null ? "Non noté" : met ? "Atteint" : "Non atteint";
        }

        public String metClass() {
            return met == null ? "unscored" : met ? "met" : "unmet";
        }
    }

    /** The board of a saved evaluation, from its score sheet. */
    static ScoreBoard of(Evaluation.ScoreSheet sheet) {
        return new ScoreBoard(sheet.criteria().stream()
                .map(criterion -> new Row(criterion.code(), criterion.label(), criterion.weight(),
                        french(criterion.threshold()), criterion.score(), criterion.met()))
                .toList(), french(sheet.weightedTotal()), french(sheet.totalThreshold()), sheet.scoredCount(),
                sheet.thresholdsMet());
    }

    /** The board of the call's grid, before anything is scored. */
    static ScoreBoard of(Call.Grid grid) {
        List<Call.Criterion> criteria = grid == null || grid.criteria() == null ? List.of() : grid.criteria();
        return new ScoreBoard(criteria.stream()
                .map(criterion -> new Row(criterion.code(), criterion.label(), criterion.weight(),
                        french(criterion.threshold()), null, null))
                .toList(), null, grid == null ? null : french(grid.totalThreshold()), 0, null);
    }

    static ScoreBoard of(Evaluation evaluation, Call.Grid grid) {
        return evaluation != null && evaluation.scoreSheet() != null
                && !evaluation.scoreSheet().criteria().isEmpty() ? of(evaluation.scoreSheet()) : of(grid);
    }

    public int criteriaCount() {
        return rows.size();
    }

    public boolean isComplete() {
        return !rows.isEmpty() && scoredCount == rows.size();
    }

    /** The criteria not scored yet, by label. */
    public List<String> unscored() {
        return rows.stream().filter(row -> row.score() == null).map(Row::label).toList();
    }

    public long metCount() {
        return rows.stream().filter(row -> Boolean.TRUE.equals(row.met())).count();
    }

    /** « 3,67 »: two decimals at most, none when whole. */
    static String french(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.scale() < 0) {
            rounded = rounded.setScale(0);
        }
        return rounded.toPlainString().replace('.', ',');
    }
}
