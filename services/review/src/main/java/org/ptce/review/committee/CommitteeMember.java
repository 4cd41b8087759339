package org.ptce.review.committee;

import java.time.Instant;

import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reviewer or a delegate of one network, as the identity provider announced them; their person id is the
 * {@code sub} of their tokens. One who left the roster (no longer a reviewer nor a delegate, or disabled) stays, not
 * {@link #active}, for the work they did; {@code changedAt} is the instant of the newest announcement applied.
 */
@Table("committee_members")
public record CommitteeMember(
        @Id String personId,
        String displayName,
        Network network,
        Role role,
        String organisationSiret,
        Instant registeredAt,
        boolean active,
        Instant changedAt) {

    /** The legal person (SIREN, the SIRET's first nine digits) the member works for, if known. */
    public String organisationSiren() {
        return organisationSiret == null ? null : organisationSiret.substring(0, 9);
    }

    /** Whether an announcement of this instant is older than what the roster knows of the member already. */
    boolean isNewerThan(Instant announcedAt) {
        return changedAt.isAfter(announcedAt);
    }

    /** The same member, off the roster from that instant on; what they were stays as it was. */
    CommitteeMember leaving(Instant at) {
        return new CommitteeMember(personId, displayName, network, role, organisationSiret, registeredAt, false, at);
    }
}
