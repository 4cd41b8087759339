package org.ptce.web.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A person of the platform as the identity provider shows them to a coordinator: their role, their network (a
 * reviewer's or a delegate's), the SIRET of a reviewer's organisation, and where their account stands.
 */
public record Person(UUID personId, String email, String displayName, String role, String network,
        String organisationSiret, String status, Instant createdAt, Instant changedAt) {

    public boolean isInvited() {
        return "INVITED".equals(status);
    }

    public boolean isDisabled() {
        return "DISABLED".equals(status);
    }
}
