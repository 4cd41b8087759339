package org.ptce.review.committee;

import java.time.Instant;

import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reviewer or a delegate of one network, as the identity provider announced them; their person id is the
 * {@code sub} of their tokens.
 */
@Table("committee_members")
public record CommitteeMember(
        @Id String personId,
        String displayName,
        Network network,
        Role role,
        String organisationSiret,
        Instant registeredAt) {

    /** The legal person (SIREN, the SIRET's first nine digits) the member works for, if known. */
    public String organisationSiren() {
        return organisationSiret == null ? null : organisationSiret.substring(0, 9);
    }
}
