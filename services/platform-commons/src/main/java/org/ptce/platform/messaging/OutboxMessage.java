package org.ptce.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.ptce.messaging.CloudEventHeaders;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * A message waiting in the transactional outbox: the CloudEvent as it will be sent, stored by Spring Modulith's event
 * publication registry in the same transaction as the state change that caused it.
 * <p>
 * Every attribute is fixed here, before the commit, so a message sent again after a crash is the same CloudEvent
 * (same {@code ce_id}) and consumers recognise the repeat; it also keeps the trace context of the request that caused it,
 * since the outbox may send it from another thread, or after a restart. (Messages stored before the trace context was
 * kept have none.)
 */
public record OutboxMessage(
        String id,
        String type,
        String source,
        Instant time,
        String subject,
        String actor,
        String topic,
        JsonNode payload,
        String traceparent) {

    static OutboxMessage of(MessageCatalog.Entry entry, String source, Instant time, String subject, String actor,
            JsonNode payload, String traceparent) {
        return new OutboxMessage(UUID.randomUUID().toString(), entry.type(), source, time, subject, actor,
                entry.topic(), payload, traceparent);
    }

    /** The Kafka record, as a Spring message: CloudEvents binary mode, keyed by the business key. */
    Message<JsonNode> toKafkaMessage() {
        var message = MessageBuilder.withPayload(payload)
                .setHeader(KafkaHeaders.TOPIC, topic)
                .setHeader(KafkaHeaders.KEY, subject)
                .setHeader(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0))
                .setHeader(CloudEventHeaders.ID, bytes(id))
                .setHeader(CloudEventHeaders.TYPE, bytes(type))
                .setHeader(CloudEventHeaders.SOURCE, bytes(source))
                .setHeader(CloudEventHeaders.TIME, bytes(DateTimeFormatter.ISO_INSTANT.format(time)))
                .setHeader(CloudEventHeaders.SUBJECT, bytes(subject))
                .setHeader(CloudEventHeaders.ACTOR, bytes(actor))
                .setHeader(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        if (traceparent != null) {
            message.setHeader(CloudEventHeaders.TRACEPARENT, bytes(traceparent));
        }
        return message.build();
    }

    // Raw bytes keep header values as plain UTF-8, as the CloudEvents Kafka binding wants, rather than JSON strings.
    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
