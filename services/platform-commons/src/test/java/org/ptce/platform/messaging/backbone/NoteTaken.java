package org.ptce.platform.messaging.backbone;

import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

@MessageType(value = "org.ptce.test.NoteTaken.v1", topic = NoteTaken.TOPIC)
public record NoteTaken(UUID candidacyId, String text, int pages) implements CandidacyMessage {

    public static final String TOPIC = "ptce.test.notes";
}
