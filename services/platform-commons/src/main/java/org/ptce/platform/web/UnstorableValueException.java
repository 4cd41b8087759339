package org.ptce.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A well-formed JSON value the platform cannot keep (PostgreSQL would refuse it), with the reason said to the client. */
public class UnstorableValueException extends InvalidFormatException {

    private final String reason;

    UnstorableValueException(JsonParser parser, String reason, Object value, Class<?> targetType) {
        super(parser, reason, value, targetType);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
