package org.ptce.review.api;

/** The topics the review service publishes on. */
public final class ReviewTopics {

    /** The committee's work on each candidacy, keyed by candidacy id. */
    public static final String CANDIDACIES = "ptce.review.candidacies";

    /** The networks' validations of each call's ranked list, keyed by call id. */
    public static final String CALLS = "ptce.review.calls";

    private ReviewTopics() {
    }
}
