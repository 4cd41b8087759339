package org.ptce.publication.api;

/** The topics the publication service publishes on. */
public final class PublicationTopics {

    /** What was published of each call, keyed by call id. */
    public static final String CALLS = "ptce.publication.calls";

    private PublicationTopics() {
    }
}
