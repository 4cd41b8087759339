package org.ptce.identity.account;

/** Where an account stands; only an active one signs in. */
public enum AccountStatus {
    /** Invited by a coordinator, no password chosen yet. */
    INVITED,
    /** Signed up, the address not proven yet. */
    UNVERIFIED,
    ACTIVE,
    /** Disabled by a coordinator: no sign-in, no new token. */
    DISABLED
}
