package org.ptce.platform.security;

/**
 * What a person may do on the platform, as carried in the {@code roles} claim of their token. A reviewer and a
 * delegate also carry the {@code network} they belong to, or speak for.
 */
public enum Role {
    HOLDER,
    REVIEWER,
    NETWORK_DELEGATE,
    COORDINATOR;

    /** The claims of a platform token beyond the standard ones. */
    public static final String ROLES_CLAIM = "roles";
    public static final String NETWORK_CLAIM = "network";

    /** Whether a person with this role belongs to, or speaks for, one network. */
    public boolean needsNetwork() {
        return this == REVIEWER || this == NETWORK_DELEGATE;
    }
}
