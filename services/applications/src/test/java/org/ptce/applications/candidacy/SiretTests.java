package org.ptce.applications.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTests {

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "44306184100047", "55208131766522", "35600000000001"})
    void acceptsRealSirets(String siret) {
        assertThat(Siret.isValid(siret)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "12345678901234", "35600000000002", "7328293200007", "ESB12345678",
            "DE123456789", "7328293200007A", ""})
    void refusesWrongChecksumsAndForeignNumbers(String siret) {
        assertThat(Siret.isValid(siret)).isFalse();
    }
}
