package org.ptce.applications.call;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Call drafts as a coordinator posts them, complete and valid unless a test changes a field. */
public final class CallDrafts {

    private CallDrafts() {
    }

    /** A valid draft: a three-criterion grid, the review a month after the deadline, a fortnight for completions. */
    public static Map<String, Object> draft(String title, Instant submissionDeadline, String... networks) {
        var draft = new LinkedHashMap<String, Object>();
        draft.put("title", title);
        draft.put("description", "Appel à manifestation d'intérêt pour les pôles territoriaux de coopération");
        draft.put("submissionDeadline", submissionDeadline.toString());
        draft.put("participatingNetworks", List.of(networks));
        draft.put("evaluationGrid", Map.of(
                "criteria", List.of(
                        criterion("TERRITORIAL_ANCHORING", "Ancrage territorial", 3, 2.5),
                        criterion("COOPERATION", "Coopération entre les membres", 2, 2.5),
                        criterion("ECONOMIC_VIABILITY", "Viabilité économique", 1, 2)),
                "totalThreshold", 3));
        draft.put("requiredDocuments", List.of("Statuts", "Budget prévisionnel"));
        draft.put("reviewDeadline", submissionDeadline.plus(30, ChronoUnit.DAYS).toString());
        draft.put("completionTimeLimit", "P15D");
        return draft;
    }

    public static Map<String, Object> criterion(String code, String label, int weight, double threshold) {
        return Map.of("code", code, "label", label, "weight", weight, "threshold", threshold);
    }
}
