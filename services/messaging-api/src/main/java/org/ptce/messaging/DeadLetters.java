package org.ptce.messaging;

/**
 * Where a consumer puts what it can never handle, and how it says why. The original record keeps its key, value and
 * headers; the reason travels in {@link #REASON_HEADER}.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = "dlt_reason";
    public static final String CONSUMER_HEADER = "dlt_consumer";

    private static final String SUFFIX = ".dlt";

    private DeadLetters() {
    }

    public static String topicFor(String topic) {
        return topic + SUFFIX;
    }

    /** The topic a dead-letter topic's records came from. */
    public static String originalTopicOf(String deadLetterTopic) {
        if (!deadLetterTopic.endsWith(SUFFIX)) {
            throw new IllegalArgumentException(deadLetterTopic + " is not a dead-letter topic");
        }
        return deadLetterTopic.substring(0, deadLetterTopic.length() - SUFFIX.length());
    }
}
