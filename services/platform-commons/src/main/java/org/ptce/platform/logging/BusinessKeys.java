package org.ptce.platform.logging;

import java.util.ArrayList;
import java.util.List;

import org.ptce.messaging.CallMessage;
import org.ptce.messaging.CandidacyMessage;
import org.slf4j.MDC;

/**
 * Puts the call and candidacy ids in the logging context (MDC), so that every log line written while handling a
 * request or a message about a candidacy carries its id. The log pattern prints them (see the platform defaults).
 */
public final class BusinessKeys {

    public static final String CANDIDACY_ID = "candidacyId";
    public static final String CALL_ID = "callId";

    private BusinessKeys() {
    }

    /**
     * Names the call or candidacy a Kafka record is about, from its message type and key, for every line logged while
     * it is handled, retried or dead-lettered. Replaces what the previous record put.
     */
    public static void putForRecord(Class<?> messageType, String key) {
        MDC.remove(CANDIDACY_ID);
        MDC.remove(CALL_ID);
        if (key == null || messageType == null) {
            return;
        }
        if (CandidacyMessage.class.isAssignableFrom(messageType)) {
            MDC.put(CANDIDACY_ID, key);
        } else if (CallMessage.class.isAssignableFrom(messageType)) {
            MDC.put(CALL_ID, key);
        }
    }

    /** Puts the given key if it is one of ours; used with the path variables of a request. */
    public static Scope putInLoggingContext(String name, String value) {
        List<String> keys = new ArrayList<>();
        if (value != null && (CANDIDACY_ID.equals(name) || CALL_ID.equals(name))) {
            put(keys, name, value);
        }
        return closing(keys);
    }

    private static void put(List<String> keys, String name, String value) {
        MDC.put(name, value);
        keys.add(name);
    }

    private static Scope closing(List<String> keys) {
        return () -> keys.forEach(MDC::remove);
    }

    /** Removes what it put, when closed. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
