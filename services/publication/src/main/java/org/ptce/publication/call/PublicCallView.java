package org.ptce.publication.call;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;

/** What anyone may read of an open call. */
record PublicCallView(UUID callId, String title, Instant submissionDeadline, Set<Network> participatingNetworks,
        Instant openedAt) {

    static PublicCallView of(PublishedCall call) {
        return new PublicCallView(call.callId(), call.title(), call.submissionDeadline(),
                call.participatingNetworks(), call.openedAt());
    }
}
