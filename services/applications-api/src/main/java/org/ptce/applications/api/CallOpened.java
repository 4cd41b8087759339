package org.ptce.applications.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.messaging.CallMessage;
import org.ptce.messaging.MessageType;
import org.ptce.review.api.Network;

/**
 * The coordinator opened a call: holders may submit candidacies until the deadline; the participating networks will
 * review them on the call's grid until the review deadline. A holder asked for completions has the completion time
 * limit (an ISO-8601 duration) to answer. The description is what the call asks of the holders, as the coordinator
 * wrote it; null in the messages sent before it travelled with them.
 */
@MessageType(value = "org.ptce.applications.CallOpened.v1", topic = ApplicationsTopics.CALLS)
public record CallOpened(
        UUID callId,
        String title,
        Instant submissionDeadline,
        Set<Network> participatingNetworks,
        EvaluationGrid evaluationGrid,
        List<String> requiredDocuments,
        Instant reviewDeadline,
        String completionTimeLimit,
        Instant openedAt,
        String description) implements CallMessage {
}
