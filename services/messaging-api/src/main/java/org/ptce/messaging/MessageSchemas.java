package org.ptce.messaging;

/** Where a message type's JSON Schema lives on the classpath of the API module that declares it. */
public final class MessageSchemas {

    private MessageSchemas() {
    }

    public static String location(String messageType) {
        return "schemas/" + messageType + ".schema.json";
    }
}
