package org.ptce.workflow.api;

import java.time.Instant;
import java.util.UUID;

import org.ptce.messaging.CandidacyMessage;
import org.ptce.messaging.MessageType;

/**
 * The candidacy was found admissible, and goes to review; or inadmissible, by the coordinator or because the
 * completions did not come in time, and its process ends. The motivation is told to the holder.
 */
@MessageType(value = "org.ptce.workflow.AdmissibilityDecided.v1", topic = WorkflowTopics.CANDIDACIES)
public record AdmissibilityDecided(
        UUID candidacyId,
        UUID callId,
        boolean admissible,
        String motivation,
        Instant decidedAt) implements CandidacyMessage {
}
