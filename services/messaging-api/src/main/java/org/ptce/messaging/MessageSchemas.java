package org.ptce.messaging;

/** Where a message type's JSON Schema lives on the classpath of the API module that declares it. */
public final class MessageSchemas {

    /** The folder of the schemas in every API module. */
    public static final String FOLDER = "schemas/";

    /**
     * How a message's schema refers to a part several messages share: {@code urn:ptce:schema:<file>}, for a file in
     * {@link #FOLDER}.
     */
    public static final String SHARED_PART_PREFIX = "urn:ptce:schema:";

    private MessageSchemas() {
    }

    public static String location(String messageType) {
        return FOLDER + messageType + ".schema.json";
    }
}
