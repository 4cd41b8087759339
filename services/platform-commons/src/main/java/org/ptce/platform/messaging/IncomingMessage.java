package org.ptce.platform.messaging;

import java.net.URI;
import java.time.OffsetDateTime;

import org.ptce.messaging.PlatformMessage;

/** A received CloudEvent: its attributes, and its payload read into the message record. */
public record IncomingMessage<T extends PlatformMessage>(
        String id,
        String type,
        URI source,
        OffsetDateTime time,
        String subject,
        String actor,
        T payload) {
}
