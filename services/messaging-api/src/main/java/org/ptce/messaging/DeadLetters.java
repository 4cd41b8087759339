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
}
