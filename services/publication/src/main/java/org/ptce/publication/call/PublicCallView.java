package org.ptce.publication.call;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;

/**
 * What anyone may read of an opened call: what it asks for (description, documents, the grid's criteria and total
 * threshold), its dates, and when its results were published (null until they are). The calls announced before the
 * details were kept have no description, no documents and no criteria.
 */
record PublicCallView(UUID callId, String title, String description, Instant submissionDeadline,
        Set<Network> participatingNetworks, List<String> requiredDocuments, List<Criterion> criteria,
        BigDecimal totalThreshold, Instant reviewDeadline, Instant openedAt, Instant resultsPublishedAt) {

    static PublicCallView of(PublishedCall call, Instant resultsPublishedAt) {
        return new PublicCallView(call.callId(), call.title(), call.description(), call.submissionDeadline(),
                call.participatingNetworks(), call.requiredDocuments(),
                call.criteria().stream().map(criterion -> new Criterion(criterion.label(), criterion.weight()))
                        .toList(),
                call.totalThreshold(), call.reviewDeadline(), call.openedAt(), resultsPublishedAt);
    }

    /** A criterion the candidacies are scored on, and its weight in the weighted mean. */
    record Criterion(String label, int weight) {
    }
}
