package org.ptce.applications.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.ptce.messaging.CallMessage;
import org.ptce.messaging.MessageType;
import org.ptce.review.api.Network;

/**
 * The coordinator opened a call: holders may submit candidacies until the deadline; the participating networks will
 * review them.
 */
@MessageType(value = "org.ptce.applications.CallOpened.v1", topic = ApplicationsTopics.CALLS)
public record CallOpened(
        UUID callId,
        String title,
        Instant submissionDeadline,
        Set<Network> participatingNetworks,
        Instant openedAt) implements CallMessage {
}
