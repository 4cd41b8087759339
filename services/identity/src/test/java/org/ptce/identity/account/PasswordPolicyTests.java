package org.ptce.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongPhraseIsFineWithoutAnyCompositionRule() {
        assertThat(policy.refusal("le chat dort sur le radiateur", "Samia Benali", "samia@example.org")).isEmpty();
        assertThat(policy.refusal("demo-porteur", "Samia Benali", "porteur.villeurbanne@example.org")).isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedWhateverItsCharacters() {
        assertThat(policy.refusal("Xy7!qL2#", "Samia", "s@example.org")).hasValueSatisfying(
                reason -> assertThat(reason).contains("12 caractères"));
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(policy.refusal("QWERTY123456", "Samia", "s@example.org")).hasValueSatisfying(
                reason -> assertThat(reason).contains("plus courants"));
        assertThat(policy.refusal("motdepasse123", "Samia", "s@example.org")).isPresent();
        assertThat(policy.refusal("aaaaaaaaaaaaaaaa", "Samia", "s@example.org")).isPresent();
    }

    @Test
    void thePersonsOwnNameOrAddressIsRefused() {
        assertThat(policy.refusal("samia.benali2027", "Samia Benali", "samia.benali@example.org"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("nom"));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedRatherThanCut() {
        assertThat(policy.refusal("é".repeat(40), "Samia", "s@example.org")).hasValueSatisfying(
                reason -> assertThat(reason).contains("trop long"));
    }
}
