package org.ptce.web.api;

import java.time.Instant;
import java.util.UUID;

/** What a holder was told of a candidacy's outcome when the call's results were published. */
public record Notification(UUID callId, UUID candidacyId, String ptceName, String outcome, String outcomeLabel,
        String motivation, Instant notifiedAt, Instant emailedAt) {
}
