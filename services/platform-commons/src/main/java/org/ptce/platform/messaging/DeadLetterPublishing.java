package org.ptce.platform.messaging;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.ptce.messaging.DeadLetters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * What the consumer does with a record that fails: retries it with backoff while it may succeed later, then, or at
 * once for a {@link PoisonMessageException}, publishes it unchanged to its dead-letter topic with the reason in a
 * header, and moves on to the next record.
 */
final class DeadLetterPublishing {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublishing.class);

    private DeadLetterPublishing() {
    }

    static final String DEAD_LETTERED_METRIC = "ptce.messages.dead.lettered";

    static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> kafka, MessagingProperties.Retry retry,
            String consumer, MeterRegistry meters) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(DeadLetters.topicFor(record.topic()), record.partition()));
        recoverer.setHeadersFunction((record, failure) -> {
            String reason = reason(failure);
            log.warn("Dead-lettering the record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    reason);
            meters.counter(DEAD_LETTERED_METRIC, "topic", record.topic()).increment();
            var headers = new RecordHeaders();
            headers.add(new RecordHeader(DeadLetters.REASON_HEADER, utf8(reason)));
            headers.add(new RecordHeader(DeadLetters.CONSUMER_HEADER, utf8(consumer)));
            return headers;
        });
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        // A constraint the message breaks (a duplicate, a missing value) will break it again at every attempt.
        handler.addNotRetryableExceptions(PoisonMessageException.class, DataIntegrityViolationException.class);
        // A message that cannot be handled yet (its process does not wait for it yet) is retried: say so, so that an
        // operator sees why a partition is held back.
        handler.setRetryListeners((record, failure, attempt) -> log.info("Attempt {} at the record at {}-{}@{} failed,"
                + " it will be tried again: {}", attempt, record.topic(), record.partition(), record.offset(),
                reason(failure)));
        return handler;
    }

    private static String reason(Exception failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        Throwable poison = findPoison(failure);
        Throwable explained = poison != null ? poison : cause;
        return explained.getClass().getSimpleName() + ": " + explained.getMessage();
    }

    private static Throwable findPoison(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PoisonMessageException) {
                return t;
            }
        }
        return null;
    }

    private static byte[] utf8(String value) {
        return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
    }
}
