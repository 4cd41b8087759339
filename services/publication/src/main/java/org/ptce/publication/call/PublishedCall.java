package org.ptce.publication.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A call as the public sees it: announced when the coordinator opens it, on behalf of whoever opened it.
 */
@Table("published_calls")
record PublishedCall(
        @Id UUID callId,
        String title,
        Instant submissionDeadline,
        Set<Network> participatingNetworks,
        Instant openedAt,
        Instant announcedAt,
        String announcedFor) {
}
