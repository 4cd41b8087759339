package org.ptce.applications.call;

/** Where a call stands: prepared by the coordinator, then open to submissions. */
enum CallStatus {
    DRAFT,
    OPEN
}
