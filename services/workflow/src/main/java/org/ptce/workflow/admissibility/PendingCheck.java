package org.ptce.workflow.admissibility;

import java.time.Instant;
import java.util.UUID;

/** A candidacy waiting for the coordinator's admissibility check, with what the eligibility rules found. */
record PendingCheck(UUID candidacyId, UUID callId, String ptceName, boolean eligible, String eligibilityReason,
        Instant since) {
}
