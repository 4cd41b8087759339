package org.ptce.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A well-formed JSON value the platform cannot keep (PostgreSQL would refuse it), with the reason said to the client. */
public class UnstorableValueException extends InvalidFormatException {

    UnstorableValueException(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, value, targetType);
    }

    /** What the client is told about the field, without the location Jackson adds to its message. */
    public String reason() {
        return getOriginalMessage();
    }
}
