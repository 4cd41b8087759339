package org.ptce.applications.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;

/** A call as the API shows it, with who prepared and opened it, and when. */
record CallView(
        UUID id,
        String title,
        String description,
        Instant submissionDeadline,
        Set<Network> participatingNetworks,
        CallStatus status,
        Instant createdAt,
        String createdBy,
        Instant openedAt,
        String openedBy) {
}
