package org.ptce.web.api;

/** Whom a coordinator invites to the platform, and as what. */
public record Invitation(String email, String displayName, String role, String network, String organisationSiret) {
}
