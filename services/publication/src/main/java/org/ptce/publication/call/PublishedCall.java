package org.ptce.publication.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.applications.api.CallOpened;
import org.ptce.review.api.Network;

/**
 * A call as the public sees it: announced when the coordinator opens it, on behalf of whoever opened it, with what it
 * asks of the holders. Of the grid, only what a holder reads: each criterion's label and weight, and the total
 * threshold; the codes and the criteria's own thresholds are the reviewers' business.
 */
record PublishedCall(
        UUID callId,
        String title,
        String description,
        Instant submissionDeadline,
        Set<Network> participatingNetworks,
        List<String> requiredDocuments,
        List<Criterion> criteria,
        BigDecimal totalThreshold,
        Instant reviewDeadline,
        Instant openedAt,
        Instant announcedAt,
        String announcedFor) {

    static PublishedCall announced(CallOpened opened, Instant now, String actor) {
        var grid = opened.evaluationGrid();
        return new PublishedCall(opened.callId(), opened.title(), opened.description(), opened.submissionDeadline(),
                opened.participatingNetworks(), List.copyOf(opened.requiredDocuments()),
                grid.criteria().stream().map(criterion -> new Criterion(criterion.label(), criterion.weight()))
                        .toList(),
                grid.totalThreshold(), opened.reviewDeadline(), opened.openedAt(), now, actor);
    }

    record Criterion(String label, int weight) {
    }
}
