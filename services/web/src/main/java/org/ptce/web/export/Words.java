package org.ptce.web.export;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The French the pages use for the services' codes (messages.properties), for the exports' cells. */
final class Words {

    /** The networks of the inter-network committee, in the order the desk's pages list them. */
    private static final List<String> NETWORKS = List.of("RTES", "MES", "COORACE", "CNCRES", "UFISC", "OPALE");

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    /** « Recevable, en cours d'évaluation », « Lauréate », … */
    String status(String status) {
        return word("status.", status);
    }

    /** « Entreprise de l'ESS », … */
    String memberKind(String kind) {
        return word("kind.", kind);
    }

    /** « Favorable », « Réservé », « Défavorable ». */
    String vote(String vote) {
        return word("vote.", vote);
    }

    /** « Impartialité à déclarer », « À évaluer », « Brouillon », « Soumise ». */
    String evaluationStatus(String status) {
        return word("assignmentStatus.", status);
    }

    /** « RTES », « Opale ». */
    String network(String network) {
        return word("networkShort.", network);
    }

    /** The networks among these, in the committee's order. */
    static List<String> inCommitteeOrder(Collection<String> networks) {
        return networks == null ? List.of() : networks.stream()
                .sorted(Comparator.comparingInt((String network) -> NETWORKS.indexOf(network) < 0 ? NETWORKS.size()
                        : NETWORKS.indexOf(network)).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private String word(String prefix, String code) {
        return code == null ? null : messages.getMessage(prefix + code, null, code, Locale.FRENCH);
    }
}
