package org.ptce.web.api;

/**
 * A person's role as the identity provider reads it: a network for a reviewer or a delegate, and for a reviewer
 * the SIRET of the organisation they work for, which keeps them off its PTCEs.
 */
public record RoleInNetwork(String role, String network, String organisationSiret) {
}
