package org.ptce.web.desk;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.support.ApiMessages;

/**
 * What the coordinator's desk pages share: the words of the stages and of who a candidacy waits on, the networks in
 * the committee's order, and the French of what the services refuse.
 */
final class Desk {

    /** The networks of the inter-network committee, in the order the pages list them. */
    static final List<String> NETWORKS = List.of("RTES", "MES", "COORACE", "CNCRES", "UFISC", "OPALE");

    /** A candidacy's stages, in the order of its process, as the board counts and filters them. */
    static final Map<String, String> STAGES = orderedMap(
            "CheckAdmissibility", "Recevabilité à vérifier",
            "AwaitCompletion", "Compléments attendus",
            "AwaitReviewers", "Affectation des évaluateur·rices",
            "AwaitReview", "En évaluation",
            "AwaitDecision", "Évaluée, en attente de la délibération",
            "Decided", "Décision publiée",
            "Inadmissible", "Irrecevable",
            "Incomplete", "Irrecevable (compléments non reçus)",
            "Withdrawn", "Retirée");

    /** The outcomes of a decided candidacy. */
    static final Map<String, String> OUTCOMES = orderedMap(
            "LAUREATE", "Lauréate",
            "RESERVE", "Liste complémentaire",
            "NOT_SELECTED", "Non retenue");

    private Desk() {
    }

    /** The networks among these, in the committee's order. */
    static List<String> inOrder(Set<String> networks) {
        return networks == null ? List.of() : networks.stream()
                .sorted(Comparator.comparingInt(network -> NETWORKS.indexOf(network) < 0 ? NETWORKS.size()
                        : NETWORKS.indexOf(network)))
                .toList();
    }

    /** « RTES », « Opale »: a network as people name it. */
    static String networkName(String network) {
        return "OPALE".equals(network) ? "Opale" : network;
    }

    /** The French of what a service said of a field, for the messages the desk's forms meet. */
    static String french(ApiProblem.FieldProblem error) {
        return ApiMessages.french(error.field(), error.message());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
