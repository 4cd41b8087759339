package org.ptce.review.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ptce.applications.api.EvaluationGrid;

class ScoreSheetTests {

    private final EvaluationGrid grid = new EvaluationGrid(List.of(
            new EvaluationGrid.Criterion("TERRITORY", "Ancrage territorial", 3, new BigDecimal("2.5")),
            new EvaluationGrid.Criterion("COOPERATION", "Coopération", 1, new BigDecimal("3"))),
            new BigDecimal("3"));

    @Test
    void aCompleteEvaluationHasItsWeightedTotalAndMeetsTheGridWhenEveryThresholdIs() {
        var sheet = ScoreSheet.of(grid, Map.of("TERRITORY", 4, "COOPERATION", 3));

        // (4 × 3 + 3 × 1) / 4
        assertThat(sheet.weightedTotal()).isEqualByComparingTo("3.75");
        assertThat(sheet.criteria()).extracting(ScoreSheet.ScoredCriterion::met).containsExactly(true, true);
        assertThat(sheet.scoredCount()).isEqualTo(2);
        assertThat(sheet.thresholdsMet()).isTrue();
    }

    @Test
    void oneCriterionBelowItsThresholdOrATotalBelowTheTotalThresholdFailsTheGrid() {
        assertThat(ScoreSheet.of(grid, Map.of("TERRITORY", 5, "COOPERATION", 2)).thresholdsMet()).isFalse();
        var low = ScoreSheet.of(grid, Map.of("TERRITORY", 2, "COOPERATION", 5));
        assertThat(low.criteria()).extracting(ScoreSheet.ScoredCriterion::met).containsExactly(false, true);
        assertThat(low.weightedTotal()).isEqualByComparingTo("2.75");
        assertThat(low.thresholdsMet()).isFalse();
    }

    @Test
    void aPartialEvaluationIsTotalledOverWhatIsScoredAndNotJudgedYet() {
        var sheet = ScoreSheet.of(grid, Map.of("COOPERATION", 2));

        assertThat(sheet.criteria()).extracting(ScoreSheet.ScoredCriterion::score).containsExactly(null, 2);
        assertThat(sheet.criteria()).extracting(ScoreSheet.ScoredCriterion::met).containsExactly(null, false);
        assertThat(sheet.weightedTotal()).isEqualByComparingTo("2");
        assertThat(sheet.scoredCount()).isEqualTo(1);
        assertThat(sheet.thresholdsMet()).isNull();
        assertThat(ScoreSheet.of(grid, Map.of()).weightedTotal()).isNull();
    }

    @Test
    void aCallWithoutAGridHasAnEmptySheet() {
        var sheet = ScoreSheet.of(null, Map.of("TERRITORY", 3));

        assertThat(sheet.criteria()).isEmpty();
        assertThat(sheet.weightedTotal()).isNull();
        assertThat(sheet.thresholdsMet()).isNull();
    }
}
