package org.ptce.messaging;

/**
 * The Kafka record headers of a CloudEvent 1.0 in binary content mode (CloudEvents Kafka protocol binding): every
 * attribute is a {@code ce_}-prefixed header, and the record value is the JSON payload alone.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    /**
     * Extension attribute {@code actor}: who caused the message: the authenticated person's id, or
     * {@code system:<service>} for what the platform does on its own (timers, relays).
     */
    public static final String ACTOR = "ce_actor";

    /**
     * Extension attribute {@code traceparent} (CloudEvents Distributed Tracing): the W3C trace context of the request
     * or message that caused this one, so that one submission can be followed across the services. Optional.
     */
    public static final String TRACEPARENT = "ce_traceparent";

    private CloudEventHeaders() {
    }
}
