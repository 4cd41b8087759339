package org.ptce.identity.api;

/** The topics the identity provider publishes on. */
public final class IdentityTopics {

    /** The people who sign in to the platform, keyed by person id. */
    public static final String PEOPLE = "ptce.identity.people";

    private IdentityTopics() {
    }
}
