package org.ptce.web.desk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;

/**
 * A reviewed candidacy as the deliberation weighs it: its tally, its scores per criterion network by network side
 * by side, and where the networks diverge (their means on a criterion {@link #DIVERGENCE} points apart or more).
 */
final class Tallies {

    /** How far apart two networks' means on a criterion must be for the page to point it out. */
    static final BigDecimal DIVERGENCE = BigDecimal.valueOf(2);

    private Tallies() {
    }

    static Tally of(WorkflowApi.ReviewedCandidacy reviewed, ReviewDeskApi.RankedCandidacy ranked,
            List<ReviewDeskApi.Evaluation> evaluations, Call call, List<String> networks) {
        var criteria = new ArrayList<CriterionLine>();
        Map<String, ReviewDeskApi.CriterionResult> results = ranked == null || ranked.tally() == null ? Map.of()
                : ranked.tally().criteria().stream().collect(Collectors.toMap(ReviewDeskApi.CriterionResult::code,
                        result -> result, (first, next) -> first));
        for (Call.Criterion criterion : grid(call)) {
            var byNetwork = new LinkedHashMap<String, BigDecimal>();
            for (String network : networks) {
                List<Integer> scores = evaluations.stream().filter(evaluation -> network.equals(evaluation.network()))
                        .map(evaluation -> evaluation.scores().get(criterion.code())).filter(Objects::nonNull)
                        .toList();
                byNetwork.put(network, scores.isEmpty() ? null : BigDecimal.valueOf(scores.stream()
                        .mapToInt(Integer::intValue).sum()).divide(BigDecimal.valueOf(scores.size()), 2,
                        RoundingMode.HALF_UP));
            }
            List<BigDecimal> means = byNetwork.values().stream().filter(Objects::nonNull).toList();
            BigDecimal spread = means.size() < 2 ? null
                    : means.stream().max(Comparator.naturalOrder()).orElseThrow()
                            .subtract(means.stream().min(Comparator.naturalOrder()).orElseThrow());
            ReviewDeskApi.CriterionResult result = results.get(criterion.code());
            criteria.add(new CriterionLine(criterion.code(), criterion.label(), criterion.weight(),
                    result == null ? null : result.mean(), criterion.threshold(), result != null && result.met(),
                    byNetwork, spread, spread != null && spread.compareTo(DIVERGENCE) >= 0));
        }
        var votes = new LinkedHashMap<String, String>();
        for (String network : networks) {
            List<ReviewDeskApi.NetworkVote> of = ranked == null || ranked.tally() == null ? List.of()
                    : ranked.tally().votes().stream().filter(vote -> network.equals(vote.network())).toList();
            votes.put(network, of.isEmpty() ? "aucun avis" : of.stream()
                    .sorted(Comparator.comparingInt(vote -> List.of("FAVOURABLE", "RESERVED", "UNFAVOURABLE")
                            .indexOf(vote.vote())))
                    .map(vote -> vote.count() + " " + voteWord(vote.vote(), vote.count()))
                    .collect(Collectors.joining(", ")));
        }
        return new Tally(reviewed, criteria, votes, evaluations.size());
    }

    private static List<Call.Criterion> grid(Call call) {
        return call.evaluationGrid() == null || call.evaluationGrid().criteria() == null ? List.of()
                : call.evaluationGrid().criteria();
    }

    private static String voteWord(String vote, int count) {
        String word = switch (vote) {
            case "FAVOURABLE" -> "favorable";
            case "RESERVED" -> "réservé";
            case "UNFAVOURABLE" -> "défavorable";
            default -> vote.toLowerCase();
        };
        return count > 1 ? word + "s" : word;
    }

    /**
     * A reviewed candidacy's tally on the page.
     *
     * @param votes each network's votes, in words (« 2 favorables, 1 réservé »)
     */
    record Tally(WorkflowApi.ReviewedCandidacy candidacy, List<CriterionLine> criteria, Map<String, String> votes,
            int evaluations) {

        public boolean isDivergent() {
            return criteria.stream().anyMatch(CriterionLine::divergent);
        }

        /** The criteria the networks diverge on, by label: « Ancrage territorial, Coopération ». */
        public String divergentCriteria() {
            return criteria.stream().filter(CriterionLine::divergent).map(CriterionLine::label)
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * One criterion of a candidacy: the mean over every evaluation (the tally's), each network's mean, and how far
     * apart the networks are.
     */
    record CriterionLine(String code, String label, int weight, BigDecimal mean, BigDecimal threshold, boolean met,
            Map<String, BigDecimal> byNetwork, BigDecimal spread, boolean divergent) {
    }
}
