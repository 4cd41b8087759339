package org.ptce.platform.messaging;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ptce.messaging.PlatformMessage;
import org.ptce.platform.actor.ActorContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.core.ResolvableType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consuming side of the backbone: one Kafka listener for every topic this service's {@link MessageHandler}s need.
 * It reads each record as a CloudEvent, checks its payload against the schema, and hands it to the handler of its
 * type in a transaction that also records it in the {@link Inbox}.
 */
public class InboundMessages {

    private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

    private final MessageCatalog catalog;
    private final ObjectMapper objectMapper;
    private final Inbox inbox;
    private final TransactionTemplate transaction;
    private final MessageTracing tracing;
    private final Map<String, MessageHandler<PlatformMessage>> handlersByType = new HashMap<>();

    InboundMessages(MessageCatalog catalog, ObjectMapper objectMapper, Inbox inbox, TransactionTemplate transaction,
            MessageTracing tracing, List<MessageHandler<?>> handlers) {
        this.catalog = catalog;
        this.objectMapper = objectMapper;
        this.inbox = inbox;
        this.transaction = transaction;
        this.tracing = tracing;
        handlers.forEach(this::register);
    }

    /** The topics to listen to: those of the handled types. */
    public Set<String> topics() {
        var topics = new TreeSet<String>();
        handlersByType.keySet().forEach(type -> topics.add(catalog.forType(type).topic()));
        return topics;
    }

    // The consumer group is the service (spring.kafka.consumer.group-id), not the listener id.
    @KafkaListener(id = "inbound-messages", idIsGroup = false, topics = "#{__listener.topics()}")
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent event = readCloudEvent(record);
        MessageHandler<PlatformMessage> handler = handlersByType.get(event.getType());
        if (handler == null) {
            // A topic carries several types; those this service does not handle are not for it.
            log.debug("Skipping {} {}: not handled here", event.getType(), event.getId());
            return;
        }
        Object traceparent = event.getExtension(MessageTracing.TRACEPARENT);
        try (var handling = tracing.handling(event.getType(), traceparent == null ? null : traceparent.toString())) {
            try {
                handle(handler, read(record, event));
            } catch (RuntimeException e) {
                handling.failed(e);
                throw e;
            }
        }
    }

    private void handle(MessageHandler<PlatformMessage> handler, IncomingMessage<PlatformMessage> message) {
        transaction.executeWithoutResult(status -> {
            if (!inbox.recordFirstDelivery(message)) {
                log.info("Skipping {} {}: already handled", message.type(), message.id());
                return;
            }
            ActorContext.runAs(message.actor(), () -> handler.handle(message));
            // One line per message handled: with the business key and the trace id of the logging context, it lets
            // an operator follow a submission from service to service.
            log.info("Handled {} {}", message.type(), message.id());
        });
    }

    private CloudEvent readCloudEvent(ConsumerRecord<String, byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new PoisonMessageException("Not a CloudEvent 1.0 in binary mode: " + e.getMessage(), e);
        }
    }

    private IncomingMessage<PlatformMessage> read(ConsumerRecord<String, byte[]> record, CloudEvent event) {
        var entry = catalog.forType(event.getType());
        if (event.getData() == null) {
            throw new PoisonMessageException(event.getType() + " " + event.getId() + " has no payload");
        }
        JsonNode json;
        try {
            json = objectMapper.readTree(event.getData().toBytes());
        } catch (IOException e) {
            throw new PoisonMessageException("Payload of " + event.getType() + " " + event.getId()
                    + " is not JSON: " + e.getMessage(), e);
        }
        var violations = catalog.violations(entry, json);
        if (!violations.isEmpty()) {
            throw new PoisonMessageException("Payload of " + event.getType() + " " + event.getId()
                    + " breaks its JSON Schema: " + String.join("; ", violations));
        }
        PlatformMessage payload;
        try {
            payload = objectMapper.treeToValue(json, entry.javaType());
        } catch (IOException e) {
            throw new PoisonMessageException("Payload of " + event.getType() + " " + event.getId()
                    + " cannot be read as " + entry.javaType().getSimpleName() + ": " + e.getMessage(), e);
        }
        String key = payload.businessKey();
        if (!key.equals(event.getSubject()) || !key.equals(record.key())) {
            throw new PoisonMessageException(event.getType() + " " + event.getId() + " is about " + key
                    + " but its subject is " + event.getSubject() + " and its key " + record.key());
        }
        Object actor = event.getExtension("actor");
        if (actor == null || actor.toString().isBlank()) {
            // Every state change records who caused it: a message that does not say is not ours.
            throw new PoisonMessageException(event.getType() + " " + event.getId() + " does not name its actor "
                    + "(ce_actor)");
        }
        return new IncomingMessage<>(event.getId(), event.getType(), event.getSource(), event.getTime(),
                event.getSubject(), actor.toString(), payload);
    }

    @SuppressWarnings("unchecked")
    private void register(MessageHandler<?> handler) {
        Class<?> handlerClass = AopProxyUtils.ultimateTargetClass(handler);
        Class<?> messageClass = ResolvableType.forClass(handlerClass).as(MessageHandler.class).resolveGeneric(0);
        if (messageClass == null) {
            throw new IllegalStateException(handlerClass.getName() + " must name its message type: "
                    + "implement MessageHandler<SomeMessage>");
        }
        String type = catalog.forJavaType(messageClass).type();
        var previous = handlersByType.putIfAbsent(type, (MessageHandler<PlatformMessage>) handler);
        if (previous != null) {
            throw new IllegalStateException("Both " + previous.getClass().getName() + " and "
                    + handlerClass.getName() + " handle " + type + ": one handler per message type and service");
        }
    }
}
