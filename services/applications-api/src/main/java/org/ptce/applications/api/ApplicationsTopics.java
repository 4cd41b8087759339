package org.ptce.applications.api;

/** The topics the applications service publishes on. */
public final class ApplicationsTopics {

    /** Life of the calls for candidacies, keyed by call id. */
    public static final String CALLS = "ptce.applications.calls";

    /** Life of the candidacies, keyed by candidacy id. */
    public static final String CANDIDACIES = "ptce.applications.candidacies";

    private ApplicationsTopics() {
    }
}
