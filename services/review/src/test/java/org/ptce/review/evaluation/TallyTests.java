package org.ptce.review.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ptce.applications.api.EvaluationGrid;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.review.api.Vote;

class TallyTests {

    private final EvaluationGrid grid = new EvaluationGrid(List.of(
            new EvaluationGrid.Criterion("TERRITORY", "Ancrage territorial", 3, new BigDecimal("2.5")),
            new EvaluationGrid.Criterion("COOPERATION", "Coopération", 1, new BigDecimal("3"))),
            new BigDecimal("3"));

    @Test
    void meansPerCriterionWeightedTotalAndVotesPerNetwork() {
        var tally = Tally.of(grid, List.of(
                new Tally.Counted(Network.RTES, Map.of("TERRITORY", 4, "COOPERATION", 2), Vote.FAVOURABLE),
                new Tally.Counted(Network.MES, Map.of("TERRITORY", 3, "COOPERATION", 5), Vote.RESERVED),
                new Tally.Counted(Network.RTES, Map.of("TERRITORY", 5, "COOPERATION", 3), Vote.FAVOURABLE)));

        assertThat(tally.criteria()).extracting(ReviewCompleted.CriterionResult::mean)
                .containsExactly(new BigDecimal("4.000"), new BigDecimal("3.333"));
        // (4.000 × 3 + 3.333 × 1) / 4
        assertThat(tally.weightedTotal()).isEqualByComparingTo("3.833");
        assertThat(tally.thresholdsMet()).isTrue();
        assertThat(tally.votes()).containsExactly(
                new ReviewCompleted.NetworkVote(Network.RTES, Vote.FAVOURABLE, 2),
                new ReviewCompleted.NetworkVote(Network.MES, Vote.RESERVED, 1));
    }

    @Test
    void oneCriterionBelowItsThresholdFailsTheGridEvenWithAGoodTotal() {
        var tally = Tally.of(grid, List.of(
                new Tally.Counted(Network.UFISC, Map.of("TERRITORY", 5, "COOPERATION", 2), Vote.FAVOURABLE)));

        assertThat(tally.weightedTotal()).isEqualByComparingTo("4.25");
        assertThat(tally.criteria()).extracting(ReviewCompleted.CriterionResult::met).containsExactly(true, false);
        assertThat(tally.thresholdsMet()).isFalse();
    }

    @Test
    void aTotalBelowTheTotalThresholdFailsTheGrid() {
        var tally = Tally.of(grid, List.of(
                new Tally.Counted(Network.OPALE, Map.of("TERRITORY", 3, "COOPERATION", 3), Vote.UNFAVOURABLE),
                new Tally.Counted(Network.OPALE, Map.of("TERRITORY", 2, "COOPERATION", 3), Vote.UNFAVOURABLE)));

        assertThat(tally.criteria()).extracting(ReviewCompleted.CriterionResult::met).containsExactly(true, true);
        assertThat(tally.weightedTotal()).isEqualByComparingTo("2.625");
        assertThat(tally.thresholdsMet()).isFalse();
    }
}
