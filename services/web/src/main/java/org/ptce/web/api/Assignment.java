package org.ptce.web.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidacy assigned to a reviewer for their network, as the review service shows it (its AssignmentView): since
 * when, when the reviewer was last reminded that their evaluation is late, its call and review deadline, and where
 * the evaluation stands ({@code TO_DECLARE}, {@code TO_EVALUATE}, {@code DRAFT}, {@code SUBMITTED}).
 */
public record Assignment(UUID candidacyId, UUID callId, String ptceName, String reviewerId, String network,
        Instant assignedAt, Instant remindedAt, String callTitle, Instant reviewDeadline, String status,
        Instant impartialityDeclaredAt, Instant evaluationUpdatedAt, Instant submittedAt, boolean overdue) {

    /** The reviewer has not declared yet that they have no conflict of interest with the candidacy. */
    public boolean isToDeclare() {
        return status == null || "TO_DECLARE".equals(status);
    }

    public boolean isSubmitted() {
        return "SUBMITTED".equals(status);
    }
}
