package org.ptce.web.calls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallMessagesTests {

    @Test
    void theSameWordsOfTheServiceAreSaidForWhatTheFieldIs() {
        assertThat(CallMessages.french("evaluationGrid.criteria[0].weight", "must be greater than or equal to 1"))
                .isEqualTo("Un poids est un nombre entier de 1 à 10.");
        assertThat(CallMessages.french("evaluationGrid.criteria[0].threshold", "must be greater than or equal to 0"))
                .isEqualTo("Un seuil est un nombre de 0 à 5, par exemple 2,5.");
        assertThat(CallMessages.french("evaluationGrid.criteria[0].weight", "must not be null"))
                .isEqualTo("Ce champ est obligatoire.");
        assertThat(CallMessages.french("evaluationGrid.criteria", "must not be empty"))
                .isEqualTo("Ajoutez au moins un critère à la grille.");
        assertThat(CallMessages.french("evaluationGrid.criteria", "size must be between 0 and 20"))
                .isEqualTo("20 critères au plus.");
        assertThat(CallMessages.french("requiredDocuments", "size must be between 0 and 20"))
                .isEqualTo("20 documents au plus.");
        assertThat(CallMessages.french("title", "size must be between 0 and 200"))
                .isEqualTo("200 caractères au plus.");
    }

    @Test
    void theCompletionTimeBoundsAreSaidInDaysOrInTheUnitTheyWereConfiguredIn() {
        assertThat(CallMessages.french("completionTimeLimit", "must be between PT24H and PT2160H (ISO-8601 durations)"))
                .isEqualTo("Le délai est de 1 jour au moins et de 90 jours au plus.");
        assertThat(CallMessages.french("completionTimeLimit", "must be between PT5S and PT2160H (ISO-8601 durations)"))
                .isEqualTo("Le délai est de 5 secondes au moins et de 90 jours au plus.");
    }

    @Test
    void aDateInThePastOrBeforeTheDeadlineIsSaidAsSuch() {
        assertThat(CallMessages.french("submissionDeadline", "must be a future date"))
                .isEqualTo("Cette date est passée : choisissez une date à venir.");
        assertThat(CallMessages.french("reviewDeadline", "must come after the submission deadline"))
                .startsWith("L'évaluation se termine après la date limite de dépôt");
    }
}
