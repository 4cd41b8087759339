package org.ptce.publication.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CallMessage;
import org.ptce.messaging.MessageType;

/** The results of a call are public, and every holder of a candidacy to it was notified of its outcome. */
@MessageType(value = "org.ptce.publication.ResultsPublished.v1", topic = PublicationTopics.CALLS)
public record ResultsPublished(
        UUID callId,
        int laureates,
        int notified,
        Instant publishedAt) implements CallMessage {
}
