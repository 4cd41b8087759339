package org.ptce.web.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidacy assigned to a reviewer for their network, as the review service shows it (its AssignmentView): since
 * when, and when the reviewer was last reminded that their evaluation is late.
 */
public record Assignment(UUID candidacyId, UUID callId, String ptceName, String reviewerId, String network,
        Instant assignedAt, Instant remindedAt) {
}
