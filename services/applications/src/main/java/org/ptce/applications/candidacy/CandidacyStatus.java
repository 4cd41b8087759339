package org.ptce.applications.candidacy;

/** Where a candidacy stands on the holder's side. */
enum CandidacyStatus {
    DRAFT,
    /** Submitted, or completed: its admissibility is being checked. */
    SUBMITTED,
    /** The coordinator asked for completions, to be sent before the completion deadline. */
    COMPLETION_REQUESTED,
    ADMISSIBLE,
    INADMISSIBLE,
    WITHDRAWN
}
