package org.ptce.web.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.people.PeopleFixtures.COORDINATOR;
import static org.ptce.web.people.PeopleFixtures.MARTINE;
import static org.ptce.web.people.PeopleFixtures.coordinator;
import static org.ptce.web.people.PeopleFixtures.coordinatorHimself;
import static org.ptce.web.people.PeopleFixtures.history;
import static org.ptce.web.people.PeopleFixtures.martine;
import static org.ptce.web.people.PeopleFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.IdentityApi;
import org.ptce.web.api.RoleInNetwork;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(PersonController.class)
class PersonControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private IdentityApi identity;

    @BeforeEach
    void noHistory() {
        given(identity.history(any())).willReturn(List.of());
    }

    @Test
    void thePersonsPageGivesTheirAccountAndItsHistoryInFrenchAtParisTime() throws Exception {
        given(identity.person(MARTINE)).willReturn(martine("ACTIVE"));
        given(identity.history(MARTINE)).willReturn(history());

        mvc.perform(get("/personnes/{id}", MARTINE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Martine Roussel</h1>")))
                .andExpect(content().string(containsString("martine.roussel@example.fr")))
                .andExpect(content().string(containsString("<dd>Évaluateur·rice</dd>")))
                .andExpect(content().string(containsString(
                        "RTES (Réseau des collectivités territoriales pour une économie solidaire)")))
                .andExpect(content().string(containsString("00558486773671")))
                .andExpect(content().string(containsString("<span class=\"status\">Actif</span>")))
                .andExpect(content().string(containsString("2 décembre 2026 à 11 h 00")))
                .andExpect(content().string(containsString("<td>Rôle modifié</td>")))
                .andExpect(content().string(containsString("<td>Claire Morvan (coordination)</td>")))
                .andExpect(content().string(containsString("14 février 2027 à 16 h 30")))
                .andExpect(content().string(containsString("<td>Invitation acceptée</td>")))
                .andExpect(content().string(containsString("<td>La personne elle-même</td>")))
                .andExpect(content().string(containsString("Désactiver le compte")))
                .andExpect(content().string(not(containsString("Réactiver le compte"))))
                .andExpect(content().string(not(containsString("Renvoyer l'invitation"))));
    }

    @Test
    void theRoleFormShowsTheCurrentRoleNetworkAndSiret() throws Exception {
        given(identity.person(MARTINE)).willReturn(martine("ACTIVE"));

        mvc.perform(get("/personnes/{id}", MARTINE).with(coordinator()))
                .andExpect(content().string(containsString("action=\"/personnes/" + MARTINE + "/role\"")))
                .andExpect(content().string(containsString("name=\"role\" checked=\"checked\"")))
                .andExpect(content().string(containsString("<option value=\"RTES\" selected=\"selected\">")))
                .andExpect(content().string(containsString("value=\"00558486773671\"")));
    }

    @Test
    void anInvitationNotAcceptedYetCanBeSentAgain() throws Exception {
        given(identity.person(MARTINE)).willReturn(martine("INVITED"));

        mvc.perform(get("/personnes/{id}", MARTINE).with(coordinator()))
                .andExpect(content().string(containsString("Invitation envoyée")))
                .andExpect(content().string(containsString("action=\"/personnes/" + MARTINE + "/invitation\"")))
                .andExpect(content().string(containsString("Renvoyer l'invitation")));

        mvc.perform(post("/personnes/{id}/invitation", MARTINE).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/personnes/" + MARTINE))
                .andExpect(flash().attribute("message", "L'invitation a été renvoyée."));
        verify(identity).resendInvitation(MARTINE);
    }

    @Test
    void anInvitationAcceptedMeanwhileIsNotSentAgainAndThePageSaysSo() throws Exception {
        willThrow(new ApiProblem(HttpStatus.CONFLICT, "Conflict", "Not invited", List.of(), null))
                .given(identity).resendInvitation(MARTINE);

        mvc.perform(post("/personnes/{id}/invitation", MARTINE).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/personnes/" + MARTINE))
                .andExpect(flash().attribute("error", containsString("a déjà accepté son invitation")));
    }

    @Test
    void disablingAnAccountWithoutTheBoxTickedSendsNothingAndAsksForTheConfirmationAtTheBox() throws Exception {
        given(identity.person(MARTINE)).willReturn(martine("ACTIVE"));

        mvc.perform(post("/personnes/{id}/desactivation", MARTINE).with(coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"err-confirmed\" role=\"alert\">Cochez la case pour confirmer la désactivation du compte.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"err-confirmed\"")));
        verify(identity, never()).disable(any());
    }

    @Test
    void theDisablingFormSaysThePersonIsSignedOutAndGetsNoNewAssignment() throws Exception {
        given(identity.person(MARTINE)).willReturn(martine("ACTIVE"));

        mvc.perform(get("/personnes/{id}", MARTINE).with(coordinator()))
                .andExpect(content().string(containsString("déconnecte la personne tout de suite")))
                .andExpect(content().string(containsString("ne recevra\n        plus de nouvelle attribution")))
                .andExpect(content().string(containsString(
                        "Je confirme la désactivation du compte de Martine Roussel.")));
    }

    @Test
    void disablingAConfirmedAccountSaysItIsDone() throws Exception {
        given(identity.disable(MARTINE)).willReturn(martine("DISABLED"));

        mvc.perform(post("/personnes/{id}/desactivation", MARTINE).with(coordinator()).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/personnes/" + MARTINE))
                .andExpect(flash().attribute("message", containsString("Le compte de Martine Roussel est désactivé")));
        verify(identity).disable(MARTINE);
    }

    @Test
    void aDisabledAccountCanBeEnabledAgain() throws Exception {
        given(identity.person(MARTINE)).willReturn(martine("DISABLED"));
        given(identity.enable(MARTINE)).willReturn(martine("ACTIVE"));

        mvc.perform(get("/personnes/{id}", MARTINE).with(coordinator()))
                .andExpect(content().string(containsString("<span class=\"status\">Désactivé</span>")))
                .andExpect(content().string(containsString("Réactiver le compte")))
                .andExpect(content().string(not(containsString("Je confirme la désactivation"))));

        mvc.perform(post("/personnes/{id}/reactivation", MARTINE).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/personnes/" + MARTINE))
                .andExpect(flash().attribute("message", containsString("est réactivé")));
        verify(identity).enable(MARTINE);
    }

    @Test
    void aCoordinatorIsNotOfferedToDisableTheirOwnAccount() throws Exception {
        given(identity.person(COORDINATOR)).willReturn(coordinatorHimself());

        mvc.perform(get("/personnes/{id}", COORDINATOR).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("C'est votre compte")))
                .andExpect(content().string(not(containsString("/desactivation"))));
    }

    @Test
    void aNewRoleIsSentWithItsNetworkAndWithoutTheSiretOnlyAReviewerHas() throws Exception {
        given(identity.changeRole(eq(MARTINE), any())).willReturn(martine("ACTIVE"));

        mvc.perform(post("/personnes/{id}/role", MARTINE).with(coordinator()).with(csrf())
                        .param("role", "NETWORK_DELEGATE").param("network", "MES")
                        .param("organisationSiret", "00558486773671"))
                .andExpect(redirectedUrl("/personnes/" + MARTINE))
                .andExpect(flash().attribute("message", "Le rôle de Martine Roussel est enregistré."));
        verify(identity).changeRole(MARTINE, new RoleInNetwork("NETWORK_DELEGATE", "MES", null));
    }

    @Test
    void aRoleRefusedIsSaidAtItsFieldKeepingWhatWasChosen() throws Exception {
        given(identity.person(MARTINE)).willReturn(martine("ACTIVE"));
        given(identity.changeRole(eq(MARTINE), any())).willThrow(new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY,
                "Invalid request", null, List.of(new ApiProblem.FieldProblem("network",
                        "is required for a reviewer or a delegate")), null));

        mvc.perform(post("/personnes/{id}/role", MARTINE).with(coordinator()).with(csrf())
                        .param("role", "NETWORK_DELEGATE").param("network", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"err-network\">Choisissez le réseau")))
                .andExpect(content().string(containsString("value=\"NETWORK_DELEGATE\"\n             aria-describedby=\"err-role\" id=\"role2\" name=\"role\" checked=\"checked\"")))
                .andExpect(content().string(containsString("<h1>Martine Roussel</h1>")));
    }

    @Test
    void aPersonUnknownToTheProviderIsAFrenchNotFoundPage() throws Exception {
        given(identity.person(MARTINE)).willThrow(new ApiProblem(HttpStatus.NOT_FOUND, "Not found", null,
                List.of(), null));

        mvc.perform(get("/personnes/{id}", MARTINE).with(coordinator()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }

    @Test
    void aFormSentWhenTheProviderNoLongerTakesTheTokenSignsInAgainToTheCoordinatorsOwnPage() throws Exception {
        given(identity.disable(MARTINE)).willThrow(new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized", null,
                List.of(), null));

        mvc.perform(post("/personnes/{id}/desactivation", MARTINE).with(coordinator()).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/personnes"));
    }

    @Test
    void everyFormOfThePersonsPageNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/personnes/{id}/desactivation", MARTINE).with(coordinator()).param("confirmed", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/personnes/{id}/reactivation", MARTINE).with(coordinator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/personnes/{id}/invitation", MARTINE).with(coordinator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/personnes/{id}/role", MARTINE).with(coordinator()).param("role", "COORDINATOR"))
                .andExpect(status().isForbidden());
        verify(identity, never()).disable(any());
        verify(identity, never()).enable(any());
        verify(identity, never()).resendInvitation(any());
        verify(identity, never()).changeRole(any(), any());
    }

    @Test
    void onlyACoordinatorMayDisableAnAccount() throws Exception {
        mvc.perform(post("/personnes/{id}/desactivation", MARTINE).with(signedIn("NETWORK_DELEGATE")).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isForbidden());
        verify(identity, never()).disable(any());
    }
}
