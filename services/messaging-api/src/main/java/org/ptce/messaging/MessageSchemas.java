package org.ptce.messaging;

/**
 * Where a message type's JSON Schema lives on the classpath of the API module that declares it. A schema refers to a
 * part several messages share (a candidacy's dossier) by the part's file name, beside it in {@link #FOLDER}: a
 * reference relative to where the schema was read, which JSON Schema validators and the AsyncAPI tooling resolve
 * alike (the schemas have no {@code $id} that would move their base elsewhere).
 */
public final class MessageSchemas {

    /** The folder of the schemas in every API module. */
    public static final String FOLDER = "schemas/";


    private MessageSchemas() {
    }

    public static String location(String messageType) {
        return FOLDER + messageType + ".schema.json";
    }
}
