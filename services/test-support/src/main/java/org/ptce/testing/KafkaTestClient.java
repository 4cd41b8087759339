package org.ptce.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.messaging.MessageType;
import org.ptce.messaging.PlatformMessage;

/**
 * A plain Kafka client for tests that look at topics from the outside: write raw records (duplicates, poison) and
 * wait, with a bound, for the records a service sends.
 */
public final class KafkaTestClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Admin admin;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private KafkaTestClient(String bootstrapServers, List<String> topicsToRead) {
        var producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(producerProperties);
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));

        var consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProperties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerProperties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(consumerProperties);
        if (!topicsToRead.isEmpty()) {
            consumer.subscribe(topicsToRead);
        }
    }

    /** A client of the test servers' broker that reads the given topics from their beginning. */
    public static KafkaTestClient reading(String... topics) {
        return onBroker(TestServers.get().kafkaBootstrapServers(), topics);
    }

    /** A client of the given broker that reads the given topics from their beginning. */
    public static KafkaTestClient onBroker(String bootstrapServers, String... topics) {
        return new KafkaTestClient(bootstrapServers, List.of(topics));
    }

    public void send(String topic, String key, byte[] value, Map<String, String> headers) {
        List<Header> recordHeaders = headers.entrySet().stream()
                .<Header>map(h -> new RecordHeader(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8)))
                .toList();
        try {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not send a test record to " + topic, e);
        }
    }

    /**
     * Sends a platform message as its producing service would (CloudEvents binary mode, keyed by its business key),
     * with the given CloudEvents id: sending twice with one id is a repeated delivery.
     */
    public void publish(PlatformMessage message, String id) {
        MessageType declaration = message.getClass().getAnnotation(MessageType.class);
        var headers = cloudEventHeaders(declaration.value(), message.businessKey(), id);
        try {
            send(declaration.topic(), message.businessKey(), JSON.writeValueAsBytes(message), headers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + message + " as JSON", e);
        }
    }

    /** The headers of a CloudEvent in binary mode, as a producing service writes them. */
    public static Map<String, String> cloudEventHeaders(String type, String subject, String id) {
        var headers = new HashMap<String, String>();
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        headers.put(CloudEventHeaders.ID, id);
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, "/tests");
        headers.put(CloudEventHeaders.TIME, Instant.now().toString());
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.ACTOR, "test-actor");
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return headers;
    }

    /** Sends a platform message with a new CloudEvents id, and returns the id. */
    public String publish(PlatformMessage message) {
        String id = UUID.randomUUID().toString();
        publish(message, id);
        return id;
    }

    /** Re-sends a record exactly as it was received: same key, value and headers. */
    public void resend(ConsumerRecord<String, byte[]> record) {
        try {
            producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers()))
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not re-send a record to " + record.topic(), e);
        }
    }

    /** Waits, at most {@code timeout}, for a record that matches, and returns it. */
    public ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> matching,
            Duration timeout) {
        return await().atMost(timeout).pollInterval(Duration.ZERO)
                .until(() -> pollFor(matching), found -> found != null);
    }

    public ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> matching) {
        return awaitRecord(matching, Duration.ofSeconds(30));
    }

    /**
     * Waits until the consumer group has committed past every record now on the topic: whatever was sent before has
     * been handled (or dead-lettered) by that service.
     */
    public void awaitConsumed(String consumerGroup, String topic, Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> consumedToTheEnd(consumerGroup, topic));
    }

    private boolean consumedToTheEnd(String consumerGroup, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
        var latest = new HashMap<TopicPartition, OffsetSpec>();
        partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        var committed = admin.listConsumerGroupOffsets(consumerGroup).partitionsToOffsetAndMetadata().get();
        return partitions.stream().allMatch(partition -> {
            long end = ends.get(partition).offset();
            OffsetAndMetadata offset = committed.get(partition);
            return end == 0 || (offset != null && offset.offset() >= end);
        });
    }

    /** Every record read so far, in the order it was read. */
    public List<ConsumerRecord<String, byte[]>> seen() {
        return List.copyOf(seen);
    }

    /** Reads for {@code during} and returns every record read since this client was created. */
    public List<ConsumerRecord<String, byte[]>> readFor(Duration during) {
        long end = System.nanoTime() + during.toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen();
    }

    private ConsumerRecord<String, byte[]> pollFor(Predicate<ConsumerRecord<String, byte[]>> matching) {
        consumer.poll(Duration.ofMillis(250)).forEach(seen::add);
        return seen.stream().filter(matching).findFirst().orElse(null);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
