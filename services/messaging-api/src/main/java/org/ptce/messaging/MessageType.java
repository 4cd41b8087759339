package org.ptce.messaging;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link PlatformMessage} record as part of the platform's message catalogue.
 * <p>
 * Its JSON Schema sits next to it in the same API module, at {@link MessageSchemas#location(String)}; a message
 * whose payload does not validate is never sent, and never handled.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MessageType {

    /** The CloudEvents {@code type}, versioned, e.g. {@code org.ptce.applications.CallOpened.v1}. */
    String value();

    /** The Kafka topic the message travels on: one of the producing service's topic constants. */
    String topic();
}
