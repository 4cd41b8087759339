package org.ptce.workflow.admissibility;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ptce.workflow.candidacy.CandidacyProcess.AdmissibilityOutcome;

/**
 * The coordinator's decision on a candidacy's admissibility: a motivation is owed to the holder when it is
 * inadmissible, and the missing items when it is incomplete.
 */
record AdmissibilityDecision(
        @NotNull AdmissibilityOutcome outcome,
        @Size(max = 4000) String motivation,
        @Size(max = 4000) String missingItems) {
}
