package org.ptce.web.desk;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.ptce.web.api.WorkflowApi;

/**
 * The coordinator's admissibility decision on one candidacy, as typed: the outcome, the missing items (one per line)
 * when it is incomplete, the motivation (owed to the holder when it is inadmissible).
 */
public class AdmissibilityForm {

    static final List<String> OUTCOMES = List.of("ADMISSIBLE", "INCOMPLETE", "INADMISSIBLE");

    private String outcome;
    private String missingItems;
    private String motivation;

    /**
     * The decision the service is sent: the missing items only for an incomplete dossier, one per line, the blank
     * lines left out. The service judges what is missing.
     */
    WorkflowApi.AdmissibilityDecision decision() {
        String known = outcome != null && OUTCOMES.contains(outcome) ? outcome : null;
        return new WorkflowApi.AdmissibilityDecision(known, Desk.blankToNull(motivation),
                "INCOMPLETE".equals(known) ? items() : null);
    }

    private String items() {
        if (missingItems == null) {
            return null;
        }
        String lines = Arrays.stream(missingItems.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n"));
        return lines.isEmpty() ? null : lines;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getMissingItems() {
        return missingItems;
    }

    public void setMissingItems(String missingItems) {
        this.missingItems = missingItems;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }
}
