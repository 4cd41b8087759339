package org.ptce.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.messaging.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an operator does with the records this service could never handle: read them from the dead-letter topics with
 * their reason, and, once the cause is fixed, send them back to the topic they came from. A record is sent back as it
 * was first sent (same key, value and CloudEvents headers, hence the same {@code ce_id}), so every consumer's inbox
 * absorbs it where it was already handled; and one record is sent back once, however often it is asked for.
 */
class DeadLetterOffice {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterOffice.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final MessageCatalog catalog;
    private final ConsumerFactory<?, ?> consumers;
    private final KafkaOperations<Object, Object> kafka;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String service;

    DeadLetterOffice(MessageCatalog catalog, ConsumerFactory<?, ?> consumers, KafkaOperations<Object, Object> kafka,
            JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock, String service) {
        this.catalog = catalog;
        this.consumers = consumers;
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.service = service;
    }

    /** A record this service dead-lettered, with why, and when it was sent back if it was. */
    record DeadLetter(String topic, int partition, long offset, Instant deadLetteredAt, String originalTopic,
            String key, String messageType, String messageId, String reason, Instant replayedAt) {
    }

    /** What a replay did with one record. */
    record Replay(String topic, int partition, long offset, String messageId, boolean sent, Instant replayedAt) {
    }

    /** This service's dead letters, oldest first, at most {@code limit} of them. */
    List<DeadLetter> letters(int limit) {
        Map<String, Instant> replayed = replayedRecords();
        var letters = new ArrayList<DeadLetter>();
        try (Consumer<String, byte[]> consumer = newConsumer()) {
            List<TopicPartition> partitions = deadLetterPartitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (letters.size() < limit && !atEnd(consumer, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (isOurs(record) && letters.size() < limit) {
                        letters.add(letter(record, replayed.get(position(record.topic(), record.partition(),
                                record.offset()))));
                    }
                }
            }
        }
        return letters;
    }

    /** Sends one dead letter back to its topic, unless it was already; empty when there is no such record. */
    Optional<Replay> replay(String topic, int partition, long offset) {
        if (!catalog.topics().stream().map(DeadLetters::topicFor).toList().contains(topic)) {
            return Optional.empty();
        }
        return read(topic, partition, offset).filter(this::isOurs).map(this::replay);
    }

    /** Sends back every dead letter of this service not sent back yet. */
    List<Replay> replayAll() {
        var replays = new ArrayList<Replay>();
        for (DeadLetter letter : letters(Integer.MAX_VALUE)) {
            if (letter.replayedAt() == null) {
                replay(letter.topic(), letter.partition(), letter.offset()).ifPresent(replays::add);
            }
        }
        return replays;
    }

    private Replay replay(ConsumerRecord<String, byte[]> record) {
        String messageId = header(record.headers(), CloudEventHeaders.ID);
        return transaction.execute(status -> {
            Instant now = clock.instant();
            int recorded = jdbc.update("""
                    insert into replayed_dead_letter (topic, partition, record_offset, message_id, replayed_at)
                    values (?, ?, ?, ?, ?) on conflict do nothing""",
                    record.topic(), record.partition(), record.offset(), messageId, Timestamp.from(now));
            if (recorded == 0) {
                Instant before = jdbc.queryForObject("""
                        select replayed_at from replayed_dead_letter
                        where topic = ? and partition = ? and record_offset = ?""",
                        Timestamp.class, record.topic(), record.partition(), record.offset()).toInstant();
                return new Replay(record.topic(), record.partition(), record.offset(), messageId, false, before);
            }
            // Sent inside the transaction: if the send fails, the record is not marked and can be replayed again;
            // if the commit fails after the send, a second replay sends a copy the inboxes absorb.
            send(new ProducerRecord<>(originalTopic(record), null, record.key(), record.value(),
                    originalHeaders(record.headers())));
            log.info("Replayed the dead letter {}-{}@{} ({}) to {}", record.topic(), record.partition(),
                    record.offset(), messageId, originalTopic(record));
            return new Replay(record.topic(), record.partition(), record.offset(), messageId, true, now);
        });
    }

    private void send(ProducerRecord<Object, Object> record) {
        try {
            kafka.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying a dead letter", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the replayed record: " + e.getMessage(), e);
        }
    }

    private Optional<ConsumerRecord<String, byte[]>> read(String topic, int partition, long offset) {
        var topicPartition = new TopicPartition(topic, partition);
        try (Consumer<String, byte[]> consumer = newConsumer()) {
            if (consumer.partitionsFor(topic, READ_TIMEOUT).stream().noneMatch(p -> p.partition() == partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(topicPartition));
            long end = consumer.endOffsets(List.of(topicPartition), READ_TIMEOUT).get(topicPartition);
            if (offset < 0 || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(topicPartition, offset);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline && consumer.position(topicPartition) <= offset) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    private List<TopicPartition> deadLetterPartitions(Consumer<String, byte[]> consumer) {
        var partitions = new ArrayList<TopicPartition>();
        for (String topic : catalog.topics()) {
            String deadLetterTopic = DeadLetters.topicFor(topic);
            consumer.partitionsFor(deadLetterTopic, READ_TIMEOUT)
                    .forEach(info -> partitions.add(new TopicPartition(deadLetterTopic, info.partition())));
        }
        return partitions;
    }

    private static boolean atEnd(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private boolean isOurs(ConsumerRecord<String, byte[]> record) {
        return service.equals(header(record.headers(), DeadLetters.CONSUMER_HEADER));
    }

    private DeadLetter letter(ConsumerRecord<String, byte[]> record, Instant replayedAt) {
        Headers headers = record.headers();
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), originalTopic(record), record.key(),
                header(headers, CloudEventHeaders.TYPE), header(headers, CloudEventHeaders.ID),
                header(headers, DeadLetters.REASON_HEADER), replayedAt);
    }

    private static String originalTopic(ConsumerRecord<String, byte[]> record) {
        String original = header(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC);
        return original != null ? original : DeadLetters.originalTopicOf(record.topic());
    }

    /** The headers the record first had: without those the dead-lettering added. */
    private static Headers originalHeaders(Headers headers) {
        var original = new RecordHeaders();
        for (Header header : headers) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-") && !header.key().startsWith("dlt_")) {
                original.add(header);
            }
        }
        return original;
    }

    private Map<String, Instant> replayedRecords() {
        var replayed = new HashMap<String, Instant>();
        jdbc.query("select topic, partition, record_offset, replayed_at from replayed_dead_letter",
                row -> {
                    replayed.put(position(row.getString(1), row.getInt(2), row.getLong(3)),
                            row.getTimestamp(4).toInstant());
                });
        return replayed;
    }

    private static String position(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private Consumer<String, byte[]> newConsumer() {
        var overrides = new Properties();
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return (Consumer<String, byte[]>) consumers.createConsumer(null, "dead-letters", null, overrides);
    }
}
