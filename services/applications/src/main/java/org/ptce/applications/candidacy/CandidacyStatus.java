package org.ptce.applications.candidacy;

/** Where a candidacy stands on the holder's side. */
enum CandidacyStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN
}
