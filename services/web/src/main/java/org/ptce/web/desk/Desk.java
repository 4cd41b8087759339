package org.ptce.web.desk;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewDeskApi;
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

    /** The messages of a candidacy's timeline, as the coordinator reads them. */
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("CallOpened", "Appel ouvert"),
            Map.entry("CandidacySubmitted", "Candidature soumise"),
            Map.entry("CandidacyCompleted", "Compléments envoyés par le porteur"),
            Map.entry("CandidacyWithdrawn", "Candidature retirée"),
            Map.entry("CompletionRequested", "Compléments demandés au porteur"),
            Map.entry("AdmissibilityDecided", "Recevabilité décidée"),
            Map.entry("AssignReviewers", "Évaluateur·rices demandé·es aux réseaux"),
            Map.entry("ReviewersAssigned", "Évaluateur·rices affecté·es"),
            Map.entry("ReviewerReplaced", "Évaluateur·rice remplacé·e après un conflit d'intérêts"),
            Map.entry("EvaluationsOverdue", "Évaluations en retard"),
            Map.entry("ReviewersReminded", "Évaluateur·rices relancé·es"),
            Map.entry("ReviewCompleted", "Évaluations rendues, notes décomptées"),
            Map.entry("RankedListProposed", "Liste proposée aux réseaux"),
            Map.entry("NetworkValidated", "Réponse d'un réseau à la liste"),
            Map.entry("NetworkValidationReminded", "Réseau relancé"),
            Map.entry("ResultsDecided", "Résultats décidés"),
            Map.entry("ResultsPublished", "Résultats publiés"));

    /** A message of the timeline in French; one this page does not know yet, by its name. */
    static String messageName(String message) {
        return MESSAGES.getOrDefault(message, message);
    }

    /**
     * The call's reviewers and delegates by id, « Martine Roussel (RTES) »: a request per network of the call, none
     * per candidacy.
     */
    static Map<String, String> reviewerNames(ReviewDeskApi review, Call call) {
        var names = new HashMap<String, String>();
        for (String network : inOrder(call.participatingNetworks())) {
            review.members(network).forEach(member -> names.put(member.personId(),
                    member.displayName() + " (" + networkName(member.network()) + ")"));
        }
        return names;
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
