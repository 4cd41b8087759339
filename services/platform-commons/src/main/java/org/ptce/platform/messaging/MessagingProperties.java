package org.ptce.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the message backbone ({@code ptce.messaging.*}). */
@ConfigurationProperties("ptce.messaging")
public record MessagingProperties(Topics topics, Retry retry, Outbox outbox) {

    public MessagingProperties {
        topics = topics != null ? topics : new Topics(3, (short) 1);
        retry = retry != null ? retry : new Retry(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30), 9);
        outbox = outbox != null ? outbox : new Outbox(Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    /**
     * How the topics are created. A dead-letter topic has as many partitions as its source, since a dead letter keeps
     * its partition number.
     */
    public record Topics(int partitions, short replicationFactor) {
    }

    /** Backoff between attempts at a message that may succeed later, and how many before it is dead-lettered. */
    public record Retry(Duration initialInterval, double multiplier, Duration maxInterval, int maxRetries) {
    }

    /**
     * How often messages whose send failed (Kafka down, service killed) are sent again, and how old they must be, so
     * that a send still in flight is not repeated needlessly.
     */
    public record Outbox(Duration resubmitInterval, Duration resubmitOlderThan) {
    }
}
