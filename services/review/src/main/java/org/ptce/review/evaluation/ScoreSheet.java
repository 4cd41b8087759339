package org.ptce.review.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ptce.applications.api.EvaluationGrid;

/**
 * One reviewer's evaluation on the call's grid, as scored so far: each criterion with its score and whether it reaches
 * its threshold, the weighted mean of the criteria scored, and — once every criterion is scored — whether the
 * evaluation meets the grid (each criterion's threshold and the total threshold, as the tally judges the means).
 */
record ScoreSheet(List<ScoredCriterion> criteria, BigDecimal weightedTotal, BigDecimal totalThreshold,
        int scoredCount, Boolean thresholdsMet) {

    private static final int SCALE = 3;

    /** A criterion of the grid with the reviewer's score ({@code null}: not scored yet, and {@code met} unknown). */
    record ScoredCriterion(String code, String label, int weight, BigDecimal threshold, Integer score, Boolean met) {
    }

    static ScoreSheet of(EvaluationGrid grid, Map<String, Integer> scores) {
        if (grid == null) {
            return new ScoreSheet(List.of(), null, null, 0, null);
        }
        var criteria = new ArrayList<ScoredCriterion>();
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        int scored = 0;
        boolean allMet = true;
        for (EvaluationGrid.Criterion criterion : grid.criteria()) {
            Integer score = scores.get(criterion.code());
            Boolean met = null;
            if (score != null) {
                met = BigDecimal.valueOf(score).compareTo(criterion.threshold()) >= 0;
                allMet &= met;
                weighted = weighted.add(BigDecimal.valueOf((long) score * criterion.weight()));
                weights += criterion.weight();
                scored++;
            }
            criteria.add(new ScoredCriterion(criterion.code(), criterion.label(), criterion.weight(),
                    criterion.threshold(), score, met));
        }
        BigDecimal total = weights == 0 ? null
                : weighted.divide(BigDecimal.valueOf(weights), SCALE, RoundingMode.HALF_UP);
        Boolean thresholdsMet = scored < grid.criteria().size() || total == null ? null
                : allMet && total.compareTo(grid.totalThreshold()) >= 0;
        return new ScoreSheet(List.copyOf(criteria), total, grid.totalThreshold(), scored, thresholdsMet);
    }
}
