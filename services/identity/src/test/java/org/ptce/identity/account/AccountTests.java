package org.ptce.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;

class AccountTests {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aCoordinatorNeitherReviewsNorDelegatesForANetwork() {
        assertThatThrownBy(() -> Account.create("coordination@example.org", "hash", "Claire",
                Set.of(Role.COORDINATOR, Role.REVIEWER), Network.MES, null, now, "seed"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coordinator");
    }

    @Test
    void aReviewerHasANetworkAndNobodyElseDoes() {
        assertThatThrownBy(() -> Account.create("evaluation@example.org", "hash", "Alain", Set.of(Role.REVIEWER),
                null, null, now, "seed")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.create("porteur@example.org", "hash", "Samia", Set.of(Role.HOLDER),
                Network.RTES, null, now, "seed")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccountIsAnnouncedWithItsRolesNetworkAndOrganisation() {
        var account = Account.create("Evaluation@Example.org ", "hash", "Alain", Set.of(Role.REVIEWER), Network.MES,
                "73282932000074", now, "seed");

        var announced = account.announce(now);

        assertThat(account.username()).isEqualTo("evaluation@example.org");
        assertThat(announced.roles()).containsExactly("REVIEWER");
        assertThat(announced.network()).isEqualTo(Network.MES);
        assertThat(announced.organisationSiret()).isEqualTo("73282932000074");
    }
}
