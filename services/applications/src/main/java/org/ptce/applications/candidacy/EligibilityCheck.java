package org.ptce.applications.candidacy;

/** One eligibility fact, and whether the candidacy meets it yet. */
record EligibilityCheck(EligibilityRule rule, String description, boolean met) {
}
