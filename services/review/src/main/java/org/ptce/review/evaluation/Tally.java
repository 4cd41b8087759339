package org.ptce.review.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ptce.applications.api.EvaluationGrid;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.review.api.Vote;

/** The tally of a candidacy's submitted evaluations on its call's grid. */
final class Tally {

    private static final int SCALE = 3;

    private Tally() {
    }

    /** One reviewer's submitted evaluation, as the tally counts it. */
    record Counted(Network network, Map<String, Integer> scores, Vote vote) {
    }

    /** The mean per criterion, the weighted total and the votes per network; thresholds are met when all are. */
    static Result of(EvaluationGrid grid, List<Counted> evaluations) {
        var criteria = new ArrayList<ReviewCompleted.CriterionResult>();
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        boolean allMet = true;
        for (EvaluationGrid.Criterion criterion : grid.criteria()) {
            int sum = evaluations.stream().mapToInt(evaluation -> evaluation.scores().get(criterion.code())).sum();
            BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(evaluations.size()), SCALE,
                    RoundingMode.HALF_UP);
            boolean met = mean.compareTo(criterion.threshold()) >= 0;
            allMet &= met;
            criteria.add(new ReviewCompleted.CriterionResult(criterion.code(), criterion.weight(), mean,
                    criterion.threshold(), met));
            weighted = weighted.add(mean.multiply(BigDecimal.valueOf(criterion.weight())));
            weights += criterion.weight();
        }
        BigDecimal total = weighted.divide(BigDecimal.valueOf(weights), SCALE, RoundingMode.HALF_UP);
        allMet &= total.compareTo(grid.totalThreshold()) >= 0;
        var votes = new TreeMap<Network, Map<Vote, Integer>>();
        for (Counted evaluation : evaluations) {
            votes.computeIfAbsent(evaluation.network(), network -> new TreeMap<>())
                    .merge(evaluation.vote(), 1, Integer::sum);
        }
        var networkVotes = new ArrayList<ReviewCompleted.NetworkVote>();
        votes.forEach((network, counts) -> counts.forEach((vote, count) ->
                networkVotes.add(new ReviewCompleted.NetworkVote(network, vote, count))));
        networkVotes.sort(Comparator.comparing(ReviewCompleted.NetworkVote::network)
                .thenComparing(ReviewCompleted.NetworkVote::vote));
        return new Result(List.copyOf(criteria), total, grid.totalThreshold(), allMet, List.copyOf(networkVotes));
    }

    record Result(List<ReviewCompleted.CriterionResult> criteria, BigDecimal weightedTotal,
            BigDecimal totalThreshold, boolean thresholdsMet, List<ReviewCompleted.NetworkVote> votes) {
    }
}
