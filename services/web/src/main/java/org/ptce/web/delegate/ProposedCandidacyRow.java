package org.ptce.web.delegate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ptce.web.api.Call;
import org.ptce.web.api.ProposedListPage;

/**
 * A candidacy of the proposed list as the delegate reads it: its place in words (« Lauréat », « Liste
 * complémentaire, n° 2 », « Non retenu »), its PTCE, its tally in French figures (weighted total, mean per criterion
 * by the grid's labels, the votes of each network) and the coordinator's motivation.
 */
record ProposedCandidacyRow(String ptceName, String place, String placeLabel, boolean withdrawn, boolean tallied,
        String weightedTotal, String totalThreshold, boolean thresholdsMet, List<Mean> means, List<Votes> votes,
        String motivation) {

    /** A criterion's mean score, and its threshold when the mean does not reach it. */
    record Mean(String criterion, String mean, boolean met, String threshold) {
    }

    /** How a network's reviewers voted: « 2 avis favorables, 1 avis réservé ». */
    record Votes(String network, String counted) {
    }

    static ProposedCandidacyRow of(ProposedListPage.Entry entry, Call.Grid grid) {
        var labels = new LinkedHashMap<String, String>();
        if (grid != null && grid.criteria() != null) {
            grid.criteria().forEach(criterion -> labels.put(criterion.code(), criterion.label()));
        }
        String place = entry.place() == null ? "" : entry.place();
        String placeLabel = switch (place) {
            case "LAUREATE" -> "Lauréat";
            case "RESERVE" -> "Liste complémentaire, n° " + entry.position();
            case "NOT_SELECTED" -> "Non retenu";
            default -> place;
        };
        var tally = entry.tally();
        if (tally == null) {
            return new ProposedCandidacyRow(entry.ptceName(), place, placeLabel, entry.withdrawn(), false, null, null,
                    false, List.of(), List.of(), entry.motivation());
        }
        List<Mean> means = tally.criteria().stream().map(criterion -> new Mean(
                labels.getOrDefault(criterion.code(), criterion.code()), decimal(criterion.mean()), criterion.met(),
                decimal(criterion.threshold()))).toList();
        var byNetwork = new LinkedHashMap<String, List<String>>();
        tally.votes().forEach(vote -> byNetwork.computeIfAbsent(vote.network(), network -> new ArrayList<>())
                .add(vote.count() + " " + opinion(vote.vote(), vote.count())));
        List<Votes> votes = byNetwork.entrySet().stream()
                .map(network -> new Votes(network.getKey(), String.join(", ", network.getValue()))).toList();
        return new ProposedCandidacyRow(entry.ptceName(), place, placeLabel, entry.withdrawn(), true,
                decimal(tally.weightedTotal()), decimal(tally.totalThreshold()), tally.thresholdsMet(), means, votes,
                entry.motivation());
    }

    private static final Map<String, String> OPINIONS = Map.of("FAVOURABLE", "favorable", "RESERVED", "réservé",
            "UNFAVOURABLE", "défavorable");

    private static String opinion(String vote, int count) {
        String opinion = OPINIONS.getOrDefault(vote, vote == null ? "" : vote.toLowerCase(Locale.FRENCH));
        return "avis " + opinion + (count > 1 && OPINIONS.containsKey(vote) ? "s" : "");
    }

    /** « 4,33 »: two decimals, as the scores are read (0 to 5). */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat french = NumberFormat.getNumberInstance(Locale.FRENCH);
        french.setMinimumFractionDigits(2);
        french.setMaximumFractionDigits(2);
        return french.format(value.setScale(2, RoundingMode.HALF_UP));
    }
}
