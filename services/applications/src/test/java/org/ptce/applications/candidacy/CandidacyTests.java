package org.ptce.applications.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.InvalidFieldException;

class CandidacyTests {

    private final Instant now = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void aCompleteDraftMeetsEveryEligibilityFact() {
        var candidacy = Candidacy.draft(UUID.randomUUID(), "holder", complete(), now);

        assertThat(candidacy.unmetEligibility()).isEmpty();
    }

    @Test
    void aThinDraftSaysWhatItLacks() {
        var candidacy = Candidacy.draft(UUID.randomUUID(), "holder", new CandidacyContent("Pôle naissant", null, null,
                null, null, List.of(new CandidacyContent.MemberContent("Régie de quartier", MemberKind.ESS_ENTERPRISE,
                        null)), null, null, null, null, null), now);

        assertThat(candidacy.unmetEligibility()).containsExactlyInAnyOrder(EligibilityRule.PRIVATE_LAW_ENTITY,
                EligibilityRule.AT_LEAST_THREE_MEMBERS, EligibilityRule.AN_ENTERPRISE_OUTSIDE_ESS,
                EligibilityRule.ANOTHER_ARTICLE_9_ACTOR, EligibilityRule.DEFINED_TERRITORY,
                EligibilityRule.INNOVATIVE_PROJECT, EligibilityRule.NO_PRIOR_STATE_SUPPORT);
    }

    @Test
    void aSiretWhoseChecksumFailsIsRefusedByItsField() {
        var content = new CandidacyContent("Pôle", null, null, null, null, List.of(
                new CandidacyContent.MemberContent("Coopérative", MemberKind.ESS_ENTERPRISE, "73282932000074"),
                new CandidacyContent.MemberContent("Entreprise", MemberKind.ENTERPRISE, "73282932000075")),
                null, null, null, null, null);

        assertThatThrownBy(() -> Candidacy.draft(UUID.randomUUID(), "holder", content, now))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.getBody().getProperties()
                        .get("errors")).asString().contains("members[1].siret"));
    }

    @Test
    void submittingTwiceSaysSoOnce() {
        var candidacy = Candidacy.draft(UUID.randomUUID(), "holder", complete(), now);

        var first = candidacy.submit(now);
        var second = candidacy.submit(now.plusSeconds(5));

        assertThat(first).isNotNull();
        assertThat(first.submittedAt()).isEqualTo(now);
        assertThat(first.dossier().members()).hasSize(3);
        assertThat(second).isNull();
        assertThat(candidacy.view().submittedAt()).isEqualTo(now);
    }

    @Test
    void aSubmittedCandidacyIsNoLongerEdited() {
        var candidacy = Candidacy.draft(UUID.randomUUID(), "holder", complete(), now);
        candidacy.submit(now);

        assertThatThrownBy(() -> candidacy.edit(complete(), now)).isInstanceOf(ConflictException.class);
    }

    @Test
    void withdrawingASubmittedCandidacySaysSoOnce() {
        var candidacy = Candidacy.draft(UUID.randomUUID(), "holder", complete(), now);
        candidacy.submit(now);

        assertThat(candidacy.withdraw(now)).isNotNull();
        assertThat(candidacy.withdraw(now)).isNull();
        assertThatThrownBy(() -> candidacy.submit(now)).isInstanceOf(ConflictException.class);
    }

    @Test
    void withdrawingADraftTellsNobody() {
        var candidacy = Candidacy.draft(UUID.randomUUID(), "holder", complete(), now);

        assertThat(candidacy.withdraw(now)).isNull();
        assertThat(candidacy.view().status()).isEqualTo(CandidacyStatus.WITHDRAWN);
    }

    @Test
    void aCandidacyAskedForCompletionsIsEditedAndCompletedOnceBeforeItsDeadline() {
        var candidacy = submitted();
        Instant dueAt = now.plus(Duration.ofDays(15));
        assertThat(candidacy.requestCompletion("Les statuts signés", dueAt, now)).isTrue();
        assertThat(candidacy.view().completionRequest()).isEqualTo("Les statuts signés");

        candidacy.edit(complete(), dueAt.minusSeconds(2));
        var completed = candidacy.complete(dueAt.minusSeconds(1));
        var again = candidacy.complete(dueAt.minusSeconds(1));

        assertThat(completed.dossier().ptceName()).isEqualTo("PTCE Sud Aquitaine");
        assertThat(completed.completedAt()).isEqualTo(dueAt.minusSeconds(1));
        assertThat(again).isNull();
        assertThat(candidacy.status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThatThrownBy(() -> candidacy.edit(complete(), dueAt.minusSeconds(1)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theCompletionDeadlineIsExactToTheSecond() {
        var candidacy = submitted();
        Instant dueAt = now.plus(Duration.ofDays(15));
        candidacy.requestCompletion("Le budget", dueAt, now);

        assertThatThrownBy(() -> candidacy.edit(complete(), dueAt)).isInstanceOf(DeadlinePassedException.class)
                .hasMessageContaining("completion deadline");
        assertThatThrownBy(() -> candidacy.complete(dueAt)).isInstanceOf(DeadlinePassedException.class);
        assertThat(candidacy.status()).isEqualTo(CandidacyStatus.COMPLETION_REQUESTED);
    }

    @Test
    void aCandidacyNotAskedForCompletionsCannotBeCompleted() {
        var candidacy = submitted();

        assertThatThrownBy(() -> candidacy.complete(now)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no completion was asked for");
    }

    @Test
    void anInadmissibleCandidacyKeepsItsMotivationAndCannotBeWithdrawn() {
        var candidacy = submitted();

        assertThat(candidacy.decideAdmissibility(false, "Deux membres seulement", now)).isTrue();

        assertThat(candidacy.view().admissibilityMotivation()).isEqualTo("Deux membres seulement");
        assertThat(candidacy.status()).isEqualTo(CandidacyStatus.INADMISSIBLE);
        assertThatThrownBy(() -> candidacy.withdraw(now)).isInstanceOf(ConflictException.class);
        assertThat(candidacy.submit(now)).isNull();
    }

    @Test
    void anAdmissibleCandidacyMayStillBeWithdrawnAndSaysSo() {
        var candidacy = submitted();
        candidacy.decideAdmissibility(true, "Recevable", now);

        assertThat(candidacy.withdraw(now)).isNotNull();
        assertThat(candidacy.status()).isEqualTo(CandidacyStatus.WITHDRAWN);
    }

    @Test
    void aWithdrawnCandidacyTakesNoLaterRequestOrDecision() {
        var candidacy = submitted();
        candidacy.withdraw(now);

        assertThat(candidacy.requestCompletion("Les statuts", now.plusSeconds(60), now)).isFalse();
        assertThat(candidacy.decideAdmissibility(true, "Recevable", now)).isFalse();
        assertThat(candidacy.status()).isEqualTo(CandidacyStatus.WITHDRAWN);
    }

    @Test
    void theCallsDecisionIsFinal() {
        var candidacy = submitted();
        candidacy.decideAdmissibility(true, "Recevable", now);

        assertThat(candidacy.decideOutcome(CandidacyStatus.RESERVE, "Liste complémentaire", now)).isTrue();

        assertThat(candidacy.decideOutcome(CandidacyStatus.LAUREATE, "Autre avis", now)).isFalse();
        assertThat(candidacy.requestCompletion("Les statuts", now.plusSeconds(60), now)).isFalse();
        assertThatThrownBy(() -> candidacy.withdraw(now)).isInstanceOf(ConflictException.class);
        assertThat(candidacy.status()).isEqualTo(CandidacyStatus.RESERVE);
        assertThat(candidacy.view().outcomeMotivation()).isEqualTo("Liste complémentaire");
    }

    @Test
    void anAdmissibilityDecisionOvertakenByTheCallsDecisionLeavesTheOutcome() {
        var candidacy = submitted();
        candidacy.decideOutcome(CandidacyStatus.NOT_SELECTED, "Projet trop peu avancé", now);

        assertThat(candidacy.decideAdmissibility(true, "Recevable", now.minusSeconds(30))).isTrue();

        assertThat(candidacy.status()).isEqualTo(CandidacyStatus.NOT_SELECTED);
        assertThat(candidacy.view().admissibilityMotivation()).isEqualTo("Recevable");
    }

    @Test
    void aWithdrawnCandidacyIsNotPlacedByTheCallsDecision() {
        var candidacy = submitted();
        candidacy.withdraw(now);

        assertThat(candidacy.decideOutcome(CandidacyStatus.LAUREATE, "Lauréat", now)).isFalse();
        assertThat(candidacy.status()).isEqualTo(CandidacyStatus.WITHDRAWN);
    }

    private Candidacy submitted() {
        var candidacy = Candidacy.draft(UUID.randomUUID(), "holder", complete(), now.minusSeconds(3600));
        candidacy.submit(now.minusSeconds(60));
        return candidacy;
    }

    @Test
    void aDraftIsItsHoldersAndASubmittedCandidacyAlsoTheCoordinators() {
        var candidacy = Candidacy.draft(UUID.randomUUID(), "holder", complete(), now);

        assertThat(candidacy.readableBy("holder", false)).isTrue();
        assertThat(candidacy.readableBy("coordinator", true)).isFalse();
        assertThat(candidacy.readableBy("someone", false)).isFalse();
        candidacy.submit(now);
        assertThat(candidacy.readableBy("coordinator", true)).isTrue();
        assertThat(candidacy.readableBy("someone", false)).isFalse();
    }

    static CandidacyContent complete() {
        return new CandidacyContent("PTCE Sud Aquitaine", "SCIC", true, false,
                new CandidacyContent.TerritoryContent(List.of("64102", "64024"), "246400337", "64", "75"),
                List.of(new CandidacyContent.MemberContent("Coopérative Txirrina", MemberKind.ESS_ENTERPRISE,
                                "73282932000074"),
                        new CandidacyContent.MemberContent("Menuiserie Etxeberria", MemberKind.ENTERPRISE,
                                "44306184100047"),
                        new CandidacyContent.MemberContent("Communauté d'agglomération", MemberKind.LOCAL_AUTHORITY,
                                null)),
                List.of("économie circulaire", "monnaie locale"), "Mutualiser achats et savoir-faire",
                "Créer 30 emplois en trois ans", "Emplois créés, tonnes réemployées", new java.math.BigDecimal(
                        "450000.00"));
    }
}
