package org.ptce.web.holder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.holder.HolderFixtures.CALL;
import static org.ptce.web.holder.HolderFixtures.CANDIDACY;
import static org.ptce.web.holder.HolderFixtures.call;
import static org.ptce.web.holder.HolderFixtures.candidacy;
import static org.ptce.web.holder.HolderFixtures.eligibility;
import static org.ptce.web.holder.HolderFixtures.holder;
import static org.ptce.web.holder.HolderFixtures.noDocuments;
import static org.ptce.web.holder.HolderFixtures.person;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.CandidacyContent;
import org.ptce.web.api.Notification;
import org.ptce.web.api.PublicationApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(CandidacyController.class)
@Import(HolderPages.class)
class CandidacyControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @MockitoBean
    private PublicationApi publication;

    @BeforeEach
    void services() {
        given(applications.call(CALL)).willReturn(call());
        given(applications.calls()).willReturn(List.of(call()));
        given(applications.eligibility(CANDIDACY)).willReturn(eligibility(false));
        given(applications.documents(CANDIDACY)).willReturn(noDocuments());
    }

    @Test
    void theDashboardSaysEachCandidacysStatusInFrenchAndWhatIsExpectedNext() throws Exception {
        given(applications.myCandidacies()).willReturn(List.of(candidacy("DRAFT"),
                candidacy("COMPLETION_REQUESTED")));

        mvc.perform(get("/mes-candidatures").with(holder()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iñaki Etxeberria")))
                .andExpect(content().string(containsString("porteur de projet")))
                .andExpect(content().string(containsString("Brouillon")))
                .andExpect(content().string(containsString("terminer le dossier et le soumettre avant le")))
                .andExpect(content().string(containsString("15 mars 2027 à 12 h 00")))
                .andExpect(content().string(containsString("envoyer les compléments demandés avant le")))
                .andExpect(content().string(containsString("11 mars 2027 à 10 h 00")))
                .andExpect(content().string(containsString("Commencer une candidature")));
    }

    @Test
    void aPersonWhoseTokenTheProviderNoLongerRenewsIsSignedOutAndSentToSignInAgain() throws Exception {
        // The provider's answer to a refresh once the account was disabled or its password reset.
        given(applications.myCandidacies()).willThrow(new ClientAuthorizationException(
                new OAuth2Error("invalid_grant"), "platform"));

        var result = mvc.perform(get("/mes-candidatures").with(holder()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/mes-candidatures"))
                .andReturn();

        assertThat(result.getRequest().getSession(false)).as("the session ended").isNull();
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInFirst() throws Exception {
        mvc.perform(get("/mes-candidatures"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));
    }

    @Test
    void aReviewerGetsAFrenchForbiddenPageOnAHoldersPage() throws Exception {
        mvc.perform(get("/mes-candidatures").with(person("REVIEWER", "Martine Roussel")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherHoldersCandidacyIsAFrenchNotFoundPage() throws Exception {
        given(applications.candidacy(CANDIDACY)).willThrow(new ApiProblem(HttpStatus.NOT_FOUND, "Not found", null,
                List.of(), null));

        mvc.perform(get("/candidatures/{id}", CANDIDACY).with(holder()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }

    @Test
    void aDraftOpensOnTheDossierFormWithTheEligibilityFactsBesideIt() throws Exception {
        given(applications.candidacy(CANDIDACY)).willReturn(candidacy("DRAFT"));

        mvc.perform(get("/candidatures/{id}", CANDIDACY).with(holder()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"PTCE Sud Aquitaine\"")))
                .andExpect(content().string(containsString("value=\"49154144683255\"")))
                .andExpect(content().string(containsString("Le PTCE regroupe au moins trois personnes morales.")))
                .andExpect(content().string(containsString("À compléter")))
                .andExpect(content().string(containsString("Enregistré à <time")))
                .andExpect(content().string(containsString("10 h 42")))
                .andExpect(content().string(containsString("aria-describedby=\"err-members-0-siret\"")));
    }

    @Test
    void theAutosaveSendsWhatWasTypedAndAnswersTheSaveTimeAndTheFactsInPlace() throws Exception {
        given(applications.edit(eq(CANDIDACY), any())).willReturn(candidacy("DRAFT"));
        given(applications.eligibility(CANDIDACY)).willReturn(eligibility(true));

        mvc.perform(post("/candidatures/{id}/brouillon", CANDIDACY).with(holder()).with(csrf())
                        .header("HX-Request", "true")
                        .param("ptceName", "PTCE Sud Aquitaine").param("communes", "64102, 64024")
                        .param("members[0].name", "Coopérative Txirrina").param("members[0].kind", "ESS_ENTERPRISE")
                        .param("members[0].siret", "491 541 446 83255")
                        .param("members[1].name", "").param("members[1].kind", "").param("members[1].siret", "")
                        .param("budgetEuros", "620 000,50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"save-status\"")))
                .andExpect(content().string(containsString("hx-swap-oob")))
                .andExpect(content().string(containsString("Enregistré à")))
                .andExpect(content().string(containsString("data-rule=\"AT_LEAST_THREE_MEMBERS\" data-met=\"true\"")))
                .andExpect(content().string(not(containsString("<html"))));

        var sent = ArgumentCaptor.forClass(CandidacyContent.class);
        verify(applications).edit(eq(CANDIDACY), sent.capture());
        assertThat(sent.getValue().territory().communes()).containsExactly("64102", "64024");
        assertThat(sent.getValue().members()).singleElement()
                .satisfies(member -> assertThat(member.siret()).isEqualTo("49154144683255"));
        assertThat(sent.getValue().budgetEuros()).isEqualByComparingTo("620000.50");
    }

    @Test
    void aSiretTheServiceRefusesIsSaidInFrenchAtItsRowWhenBlankRowsWereNotSent() throws Exception {
        given(applications.edit(eq(CANDIDACY), any())).willThrow(new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY,
                "Invalid request", null, List.of(new ApiProblem.FieldProblem("members[0].siret",
                        "is not a valid SIRET: its checksum does not hold")), null));

        mvc.perform(post("/candidatures/{id}/brouillon", CANDIDACY).with(holder()).with(csrf())
                        .header("HX-Request", "true")
                        .param("ptceName", "PTCE Sud Aquitaine")
                        .param("members[0].name", "").param("members[0].kind", "").param("members[0].siret", "")
                        .param("members[1].name", "Menuiserie").param("members[1].kind", "ENTERPRISE")
                        .param("members[1].siret", "12345678901234"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Non enregistré")))
                .andExpect(content().string(containsString(
                        "id=\"err-members-1-siret\" hx-swap-oob=\"true\">Ce SIRET n&#39;existe pas")))
                .andExpect(content().string(containsString("id=\"err-members-0-siret\" hx-swap-oob=\"true\"></p>")));
    }

    @Test
    void aRefusedFormKeepsWhatTheHolderTypedWithTheErrorBesideTheField() throws Exception {
        given(applications.candidacy(CANDIDACY)).willReturn(candidacy("DRAFT"));
        given(applications.edit(eq(CANDIDACY), any())).willThrow(new ApiProblem(HttpStatus.BAD_REQUEST,
                "Invalid request", null, List.of(new ApiProblem.FieldProblem("territory.departement",
                        "must be a département code")), null));

        mvc.perform(post("/candidatures/{id}", CANDIDACY).with(holder()).with(csrf())
                        .param("ptceName", "PTCE Sud Aquitaine").param("departement", "640")
                        .param("objectives", "Ce que j'ai tapé"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"640\"")))
                .andExpect(content().string(containsString("Ce que j&#39;ai tap")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Un code de département : 64, 2A ou 974 par exemple.")));
    }

    @Test
    void aBudgetThatIsNotANumberIsRefusedAtItsFieldAndNothingIsSent() throws Exception {
        given(applications.candidacy(CANDIDACY)).willReturn(candidacy("DRAFT"));

        mvc.perform(post("/candidatures/{id}", CANDIDACY).with(holder()).with(csrf())
                        .param("ptceName", "PTCE Sud Aquitaine").param("budgetEuros", "beaucoup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"beaucoup\"")))
                .andExpect(content().string(containsString("Un montant en euros")));
        verify(applications, never()).edit(any(), any());
    }

    @Test
    void addingAMemberSavesAndGivesANewRowWithTheFocusInIt() throws Exception {
        given(applications.edit(eq(CANDIDACY), any())).willReturn(candidacy("DRAFT"));

        mvc.perform(post("/candidatures/{id}", CANDIDACY).with(holder()).with(csrf())
                        .param("action", "add-member").param("ptceName", "PTCE Sud Aquitaine")
                        .param("members[0].name", "Coopérative Txirrina").param("members[0].kind", "ESS_ENTERPRISE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"members-1-name\"")))
                .andExpect(content().string(containsString("autofocus")));
    }

    @Test
    void startingACandidacyCreatesTheDraftAndOpensIt() throws Exception {
        given(applications.draft(eq(CALL), any())).willReturn(candidacy("DRAFT"));

        mvc.perform(post("/appels/{id}/candidater", CALL).with(holder()).with(csrf())
                        .param("ptceName", "PTCE Sud Aquitaine"))
                .andExpect(redirectedUrl("/candidatures/" + CANDIDACY));
    }

    @Test
    void aDraftWithoutANameIsRefusedInFrenchAtTheField() throws Exception {
        given(applications.draft(eq(CALL), any())).willThrow(new ApiProblem(HttpStatus.BAD_REQUEST,
                "Invalid request", null, List.of(new ApiProblem.FieldProblem("ptceName", "must not be blank")),
                null));

        mvc.perform(post("/appels/{id}/candidater", CALL).with(holder()).with(csrf()).param("ptceName", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce champ est obligatoire.")));
    }

    @Test
    void aDecidedCandidacyShowsTheDecisionItsMotivationAndTheNotification() throws Exception {
        var submitted = candidacy("SUBMITTED");
        var laureate = new Candidacy(submitted.id(), submitted.callId(), submitted.holderId(), submitted.ptceName(),
                submitted.legalForm(), true, false, submitted.territory(), submitted.members(), submitted.themes(),
                submitted.cooperationStrategy(), submitted.objectives(), null, new BigDecimal("620000"),
                "LAUREATE", submitted.createdAt(), submitted.updatedAt(), submitted.submittedAt(), null, null, null,
                null, null, Instant.parse("2027-03-20T10:00:00Z"), "Un projet ancré dans le territoire basque.",
                Instant.parse("2027-04-02T08:30:00Z"));
        given(applications.candidacy(CANDIDACY)).willReturn(laureate);
        given(publication.myNotifications()).willReturn(List.of(
                new Notification(CALL, CANDIDACY, "PTCE Sud Aquitaine", "LAUREATE", "Lauréat",
                        "Un projet ancré dans le territoire basque.", Instant.parse("2027-04-02T09:00:00Z"), null),
                new Notification(CALL, UUID.randomUUID(), "Un autre PTCE", "NOT_SELECTED", "Non retenue",
                        "Pas celui-ci.", Instant.parse("2027-04-02T09:00:00Z"), null)));

        mvc.perform(get("/candidatures/{id}", CANDIDACY).with(holder()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lauréate")))
                .andExpect(content().string(containsString("2 avril 2027 à 10 h 30")))
                .andExpect(content().string(containsString("Un projet ancré dans le territoire basque.")))
                .andExpect(content().string(containsString("Recevable")))
                .andExpect(content().string(containsString("620 000 €")))
                .andExpect(content().string(not(containsString("Pas celui-ci."))))
                .andExpect(content().string(not(containsString("Retirer la candidature"))));
    }

    @Test
    void goingOnToSubmitSavesWhatWasTypedFirst() throws Exception {
        given(applications.edit(eq(CANDIDACY), any())).willReturn(candidacy("DRAFT"));

        mvc.perform(post("/candidatures/{id}", CANDIDACY).with(holder()).with(csrf())
                        .param("action", "review").param("ptceName", "PTCE Sud Aquitaine")
                        .param("objectives", "Tapé à l'instant"))
                .andExpect(redirectedUrl("/candidatures/" + CANDIDACY + "/soumission"));
        var sent = ArgumentCaptor.forClass(CandidacyContent.class);
        verify(applications).edit(eq(CANDIDACY), sent.capture());
        assertThat(sent.getValue().objectives()).isEqualTo("Tapé à l'instant");
    }

    @Test
    void sendingBackACompletedDossierSavesItThenSendsItBack() throws Exception {
        given(applications.edit(eq(CANDIDACY), any())).willReturn(candidacy("COMPLETION_REQUESTED"));

        mvc.perform(post("/candidatures/{id}", CANDIDACY).with(holder()).with(csrf())
                        .param("action", "complete").param("ptceName", "PTCE Sud Aquitaine"))
                .andExpect(redirectedUrl("/candidatures/" + CANDIDACY))
                .andExpect(flash().attribute("message", containsString("a été renvoyé")));
        var order = inOrder(applications);
        order.verify(applications).edit(eq(CANDIDACY), any());
        order.verify(applications).complete(CANDIDACY);
    }

    @Test
    void completionsSentAfterTheirTimeAreRefusedWithTheDate() throws Exception {
        given(applications.edit(eq(CANDIDACY), any())).willReturn(candidacy("COMPLETION_REQUESTED"));
        given(applications.complete(CANDIDACY)).willThrow(new ApiProblem(HttpStatus.CONFLICT, "Deadline passed",
                null, List.of(), Instant.parse("2027-02-28T11:00:00Z")));

        mvc.perform(post("/candidatures/{id}", CANDIDACY).with(holder()).with(csrf())
                        .param("action", "complete").param("ptceName", "PTCE Sud Aquitaine"))
                .andExpect(redirectedUrl("/candidatures/" + CANDIDACY))
                .andExpect(flash().attribute("error", containsString("28 février 2027 à 12 h 00")));
    }

    @Test
    void anAutosaveRefusedForTheWholeDossierSaysWhyAboveTheForm() throws Exception {
        given(applications.edit(eq(CANDIDACY), any())).willThrow(new ApiProblem(HttpStatus.CONFLICT,
                "Conflict", "Candidacy is SUBMITTED", List.of(), null));

        mvc.perform(post("/candidatures/{id}/brouillon", CANDIDACY).with(holder()).with(csrf())
                        .header("HX-Request", "true").param("ptceName", "PTCE Sud Aquitaine"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("Ce dossier ne peut plus être modifié")))
                .andExpect(content().string(containsString("voyez le message au-dessus du formulaire")));
    }

    @Test
    void anAutosaveAfterTheSessionEndedIsToldToSignInAgain() throws Exception {
        mvc.perform(post("/candidatures/{id}/brouillon", CANDIDACY).header("HX-Request", "true")
                        .param("_csrf", "a-token-of-a-session-that-ended").param("ptceName", "x"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/candidatures/{id}", CANDIDACY).header("Referer", "http://localhost/candidatures/" + CANDIDACY)
                        .param("_csrf", "a-token-of-a-session-that-ended").param("ptceName", "x"))
                .andExpect(redirectedUrl("/candidatures/" + CANDIDACY));
        verify(applications, never()).edit(any(), any());
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/candidatures/{id}", CANDIDACY).with(holder()).param("ptceName", "x"))
                .andExpect(status().isForbidden());
        verify(applications, never()).edit(any(), any());
    }
}
