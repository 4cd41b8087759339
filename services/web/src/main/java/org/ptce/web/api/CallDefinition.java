package org.ptce.web.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A call as the coordinator writes it, sent whole to prepare or change a draft. Dates are ISO-8601 instants and the
 * completion time limit an ISO-8601 duration ({@code P15D}), as the service reads them.
 */
public record CallDefinition(String title, String description, String submissionDeadline,
        List<String> participatingNetworks, Grid evaluationGrid, List<String> requiredDocuments,
        String reviewDeadline, String completionTimeLimit) {

    /** The reviewers' grid: its criteria and the weighted mean (0 to 5) a candidacy must reach. */
    public record Grid(List<Criterion> criteria, BigDecimal totalThreshold) {
    }

    /** One criterion: scored 0 to 5, counted {@code weight} times (1 to 10), its mean to reach {@code threshold}. */
    public record Criterion(String code, String label, Integer weight, BigDecimal threshold) {
    }
}
