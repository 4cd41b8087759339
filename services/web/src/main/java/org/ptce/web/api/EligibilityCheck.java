package org.ptce.web.api;

/** One eligibility fact of décret 2015-431, described in French by the applications service, and whether it is met. */
public record EligibilityCheck(String rule, String description, boolean met) {
}
