package org.ptce.messaging;

/**
 * A message one service sends to others over Kafka, as the JSON payload of a CloudEvent.
 * <p>
 * Implementations are records annotated with {@link MessageType}. Events are named in the past tense
 * ({@code CandidacySubmitted}), commands in the imperative ({@code AssignReviewers}).
 */
public interface PlatformMessage {

    /**
     * The Kafka record key, the CloudEvents subject and the BPMN business key: the candidacy id, or the call id for
     * call-level messages. One key, one partition, so that one candidacy's messages stay in order.
     */
    String businessKey();
}
