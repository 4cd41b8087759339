package org.ptce.platform.messaging;

import java.time.Clock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.messaging.PlatformMessage;
import org.ptce.platform.actor.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends messages through the transactional outbox: {@link #publish} stores the message in the current database
 * transaction; it leaves for Kafka only once that transaction has committed, and again after a crash until Kafka has
 * acknowledged it.
 */
public class MessagePublisher {

    private final MessageCatalog catalog;
    private final ObjectMapper objectMapper;
    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final String source;
    private final Clock clock;
    private final MessageTracing tracing;

    MessagePublisher(MessageCatalog catalog, ObjectMapper objectMapper, ApplicationEventPublisher events,
            CurrentActor currentActor, String source, Clock clock, MessageTracing tracing) {
        this.catalog = catalog;
        this.objectMapper = objectMapper;
        this.events = events;
        this.currentActor = currentActor;
        this.source = source;
        this.clock = clock;
        this.tracing = tracing;
    }

    /**
     * Adds the message to the outbox of the current transaction.
     *
     * @throws IllegalStateException when no transaction is active (the message could be lost or sent for a state
     *         change that rolls back), or when the message does not conform to its JSON Schema
     */
    public void publish(PlatformMessage message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A message is published within the transaction of the state change it "
                    + "reports; none is active for " + message.getClass().getSimpleName());
        }
        var entry = catalog.forJavaType(message.getClass());
        JsonNode payload = objectMapper.valueToTree(message);
        var violations = catalog.violations(entry, payload);
        if (!violations.isEmpty()) {
            throw new IllegalStateException(
                    "Message " + entry.type() + " does not conform to its JSON Schema: " + violations);
        }
        events.publishEvent(OutboxMessage.of(entry, source, clock.instant(), message.businessKey(),
                currentActor.id(), payload, tracing.currentTraceparent()));
    }
}
