package org.ptce.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiMessagesTests {

    @Test
    void translatesWhatTheServicesSayOfAFieldIntoFrench() {
        assertThat(ApiMessages.french("members[0].siret", "is not a valid SIRET: its checksum does not hold"))
                .startsWith("Ce SIRET n'existe pas");
        assertThat(ApiMessages.french("ptceName", "must not be blank")).isEqualTo("Ce champ est obligatoire.");
        assertThat(ApiMessages.french("file", "must be a PDF document (application/pdf)"))
                .isEqualTo("Seuls les documents PDF sont acceptés.");
        assertThat(ApiMessages.french("file", "is one too many: a candidacy holds 20 documents at most"))
                .startsWith("Une candidature compte 20 documents au plus");
    }

    @Test
    void countsAListsSizeInItemsAndATextsInCharacters() {
        assertThat(ApiMessages.french("members", "size must be between 0 and 50")).isEqualTo("50 éléments au plus.");
        assertThat(ApiMessages.french("ptceName", "size must be between 0 and 200"))
                .isEqualTo("200 caractères au plus.");
    }

    @Test
    void translatesWhatTheIdentityProviderSaysOfAnInvitationOrARole() {
        assertThat(ApiMessages.french("email", "must be a well-formed email address"))
                .startsWith("Une adresse électronique s'écrit comme");
        assertThat(ApiMessages.french("network", "is required for a reviewer or a delegate"))
                .startsWith("Choisissez le réseau");
        assertThat(ApiMessages.french("network", "is only for a reviewer or a delegate"))
                .startsWith("Seul·e un·e évaluateur·rice ou un·e délégué·e de réseau");
        assertThat(ApiMessages.french("organisationSiret", "is only for a reviewer"))
                .startsWith("Seul·e un·e évaluateur·rice indique le SIRET");
        assertThat(ApiMessages.french("organisationSiret", "must be 14 digits"))
                .isEqualTo("Un SIRET s'écrit avec 14 chiffres.");
        assertThat(ApiMessages.french("role", "is required")).isEqualTo("Ce champ est obligatoire.");
    }

    @Test
    void saysSomethingFrenchForAMessageItDoesNotKnow() {
        assertThat(ApiMessages.french("x", "is odd in a new way")).isEqualTo("Valeur refusée.");
    }
}
