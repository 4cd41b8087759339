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
    WITHDRAWN,
    /** Among the laureates of the call's decision. */
    LAUREATE,
    /** On the reserve list of the call's decision. */
    RESERVE,
    /** Reviewed, and not selected by the call's decision. */
    NOT_SELECTED;

    /** Whether the call's decision placed the candidacy: nothing changes it any more. */
    boolean isOutcome() {
        return this == LAUREATE || this == RESERVE || this == NOT_SELECTED;
    }
}
