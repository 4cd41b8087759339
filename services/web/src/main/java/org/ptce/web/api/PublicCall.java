package org.ptce.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What anyone may read of an opened call (publication service), its networks in the order the service gives. */
public record PublicCall(UUID callId, String title, String description, Instant submissionDeadline,
        List<String> participatingNetworks, List<String> requiredDocuments, List<Criterion> criteria,
        Instant reviewDeadline, Instant openedAt, Instant resultsPublishedAt) {

    public boolean isOpenAt(Instant now) {
        return submissionDeadline != null && now.isBefore(submissionDeadline);
    }

    public List<String> requiredDocuments() {
        return requiredDocuments == null ? List.of() : requiredDocuments;
    }

    public List<Criterion> criteria() {
        return criteria == null ? List.of() : criteria;
    }

    public record Criterion(String label, int weight) {
    }
}
