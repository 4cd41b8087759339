package org.ptce.web.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A call as the applications service shows it to a signed-in person. */
public record Call(UUID id, String title, String description, Instant submissionDeadline,
        Set<String> participatingNetworks, Grid evaluationGrid, List<String> requiredDocuments, Instant reviewDeadline,
        Duration completionTimeLimit, String status, Instant openedAt) {

    public boolean isOpenAt(Instant now) {
        return "OPEN".equals(status) && submissionDeadline != null && now.isBefore(submissionDeadline);
    }

    public record Grid(List<Criterion> criteria, BigDecimal totalThreshold) {
    }

    public record Criterion(String code, String label, int weight, BigDecimal threshold) {
    }
}
