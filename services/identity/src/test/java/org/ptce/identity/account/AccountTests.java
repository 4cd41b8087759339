package org.ptce.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.review.api.Network;

class AccountTests {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void aReviewerOrADelegateHasANetworkAndNobodyElseDoes() {
        assertThatThrownBy(() -> RoleInNetwork.of(Role.REVIEWER, null, null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("network");
        assertThatThrownBy(() -> RoleInNetwork.of(Role.COORDINATOR, Network.MES, null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("network");
        assertThatThrownBy(() -> RoleInNetwork.of(Role.HOLDER, Network.RTES, null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("network");
    }

    @Test
    void onlyAReviewerHasAnOrganisationAndItsSiretHasFourteenDigits() {
        assertThatThrownBy(() -> RoleInNetwork.of(Role.NETWORK_DELEGATE, Network.MES, "73282932000074"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("organisationSiret");
        assertThatThrownBy(() -> RoleInNetwork.of(Role.REVIEWER, Network.MES, "7328293200007"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("organisationSiret");
        assertThat(RoleInNetwork.of(Role.REVIEWER, Network.MES, "732 829 320 00074").organisationSiret())
                .isEqualTo("73282932000074");
    }

    @Test
    void anInvitedPersonWorksOnceTheyChoseAPasswordAndIsAnnouncedWithTheirRole() {
        var account = Account.invite("Evaluation@Example.org ", "Alain",
                RoleInNetwork.of(Role.REVIEWER, Network.MES, "73282932000074"), now, "coordinator");
        assertThat(account.status()).isEqualTo(AccountStatus.INVITED);
        assertThat(account.maySignIn()).isFalse();

        account.acceptInvitation("{bcrypt}hash", now);
        var announced = account.announce(now);

        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.username()).isEqualTo("evaluation@example.org");
        assertThat(announced.roles()).containsExactly("REVIEWER");
        assertThat(announced.network()).isEqualTo(Network.MES);
        assertThat(announced.organisationSiret()).isEqualTo("73282932000074");
        assertThat(announced.email()).isEqualTo("evaluation@example.org");
    }

    @Test
    void aHolderWhoSignedUpWorksOnlyOnceTheirAddressIsVerifiedAndUntilDisabled() {
        var account = Account.signUp("porteur@example.org", "{bcrypt}hash", "Samia", now);
        assertThat(account.status()).isEqualTo(AccountStatus.UNVERIFIED);

        account.verifyAddress(now);
        assertThat(account.maySignIn()).isTrue();

        var disabled = account.disable("coordinator", now);
        assertThat(account.status()).isEqualTo(AccountStatus.DISABLED);
        assertThat(disabled.personId()).isEqualTo(account.id().toString());
        account.enable(now);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
    }
}
