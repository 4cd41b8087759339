package org.ptce.platform.messaging;

/**
 * A message that can never be handled, however often it is retried: not a CloudEvent, a payload that is not JSON or
 * breaks its schema, or a business rule that will not change. It goes straight to the dead-letter topic with this
 * exception's message as the reason.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
