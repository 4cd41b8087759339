package org.ptce.web.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.people.PeopleFixtures.MARTINE;
import static org.ptce.web.people.PeopleFixtures.coordinator;
import static org.ptce.web.people.PeopleFixtures.martine;
import static org.ptce.web.people.PeopleFixtures.pageOf;
import static org.ptce.web.people.PeopleFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.IdentityApi;
import org.ptce.web.api.Invitation;
import org.ptce.web.api.PeoplePage;
import org.ptce.web.api.PeopleQuery;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(PeopleController.class)
class PeopleControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private IdentityApi identity;

    @Test
    void aPageOfFiftyOutOfThousandsLinksToTheNextAndPreviousPagesKeepingTheFilters() throws Exception {
        given(identity.people(any())).willReturn(pageOf(1, 2345));

        mvc.perform(get("/personnes").with(coordinator()).param("network", "RTES").param("role", "REVIEWER")
                        .param("status", "ACTIVE").param("q", "roussel").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 345 personnes")))
                .andExpect(content().string(containsString("Page 2 sur 47")))
                .andExpect(content().string(containsString(
                        "rel=\"prev\" href=\"/personnes?network=RTES&amp;role=REVIEWER&amp;status=ACTIVE&amp;q=roussel\"")))
                .andExpect(content().string(containsString(
                        "rel=\"next\" href=\"/personnes?network=RTES&amp;role=REVIEWER&amp;status=ACTIVE&amp;q=roussel&amp;page=3\"")))
                .andExpect(content().string(containsString("Personne 50")))
                .andExpect(content().string(containsString("Personne 99")));

        var asked = ArgumentCaptor.forClass(PeopleQuery.class);
        verify(identity).people(asked.capture());
        assertThat(asked.getValue()).isEqualTo(new PeopleQuery("RTES", "REVIEWER", "ACTIVE", "roussel", 1, 50));
    }

    @Test
    void theFiltersStayChosenInTheFormWhichIsSentByGet() throws Exception {
        given(identity.people(any())).willReturn(pageOf(0, 120));

        mvc.perform(get("/personnes").with(coordinator()).param("network", "OPALE").param("status", "INVITED")
                        .param("q", "a+b & c"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("method=\"get\"")))
                .andExpect(content().string(containsString("<option value=\"OPALE\" selected=\"selected\">Opale</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"INVITED\" selected=\"selected\">Invitation envoyée</option>")))
                .andExpect(content().string(containsString("value=\"a+b &amp; c\"")))
                .andExpect(content().string(containsString(
                        "href=\"/personnes?network=OPALE&amp;status=INVITED&amp;q=a%2Bb%20%26%20c&amp;page=2\"")))
                .andExpect(content().string(not(containsString("rel=\"prev\""))))
                .andExpect(content().string(containsString("Retirer les filtres")));
    }

    @Test
    void theFirstPageAsksTheApiForPageZeroWithoutCriteria() throws Exception {
        given(identity.people(any())).willReturn(new PeoplePage(List.of(martine("ACTIVE")), 0, 50, 1));

        mvc.perform(get("/personnes").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 personne")))
                .andExpect(content().string(not(containsString("class=\"pagination\""))))
                .andExpect(content().string(not(containsString("Retirer les filtres"))));

        verify(identity).people(new PeopleQuery(null, null, null, null, 0, 50));
    }

    @Test
    void eachPersonIsNamedWithTheirRoleNetworkAndStatusInFrenchAndLinksToTheirPage() throws Exception {
        given(identity.people(any())).willReturn(new PeoplePage(List.of(martine("UNVERIFIED")), 0, 50, 1));

        mvc.perform(get("/personnes").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"/personnes/" + MARTINE + "\">Martine Roussel</a>")))
                .andExpect(content().string(containsString("martine.roussel@example.fr")))
                .andExpect(content().string(containsString("<td>Évaluateur·rice</td>")))
                .andExpect(content().string(containsString("<td>RTES</td>")))
                .andExpect(content().string(containsString("<td>Adresse non vérifiée</td>")))
                .andExpect(content().string(containsString("href=\"/personnes/inviter\"")));
    }

    @Test
    void criteriaTheAddressGetsWrongAreLeftOutRatherThanRefused() throws Exception {
        given(identity.people(any())).willReturn(pageOf(0, 60));

        mvc.perform(get("/personnes").with(coordinator()).param("network", "ATLANTIS").param("role", "KING")
                        .param("page", "deux"))
                .andExpect(status().isOk());

        verify(identity).people(new PeopleQuery(null, null, null, null, 0, 50));
    }

    @Test
    void aPagePastTheEndLeadsToTheLastPageOfTheSameList() throws Exception {
        given(identity.people(any())).willReturn(new PeoplePage(List.of(), 9, 50, 120));

        mvc.perform(get("/personnes").with(coordinator()).param("role", "HOLDER").param("page", "10"))
                .andExpect(redirectedUrl("/personnes?role=HOLDER&page=3"));
    }

    @Test
    void noPersonFoundIsSaid() throws Exception {
        given(identity.people(any())).willReturn(new PeoplePage(List.of(), 0, 50, 0));

        mvc.perform(get("/personnes").with(coordinator()).param("q", "personne"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune personne ne correspond à ces critères.")))
                .andExpect(content().string(not(containsString("<table"))));
    }

    @Test
    void theHeaderGivesACoordinatorTheirLinksTheirAccountAtTheProviderAndTheirData() throws Exception {
        given(identity.people(any())).willReturn(pageOf(0, 50));

        mvc.perform(get("/personnes").with(coordinator()))
                .andExpect(content().string(containsString("<a href=\"/personnes\">Personnes</a>")))
                .andExpect(content().string(not(containsString("Mes candidatures"))))
                .andExpect(content().string(not(containsString("Mes évaluations"))))
                .andExpect(content().string(containsString("<a href=\"http://localhost:9000/compte\">Mon compte</a>")))
                .andExpect(content().string(containsString(
                        "<a href=\"/mes-donnees.json\" download>Télécharger mes données</a>")));
    }

    @Test
    void onlyCoordinatorsSeeThePeopleOfThePlatform() throws Exception {
        mvc.perform(get("/personnes").with(signedIn("HOLDER"))).andExpect(status().isForbidden());
        mvc.perform(get("/personnes").with(signedIn("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/personnes").with(signedIn("NETWORK_DELEGATE"))).andExpect(status().isForbidden());
        mvc.perform(get("/personnes/inviter").with(signedIn("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/personnes")).andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));
        verify(identity, never()).people(any());
    }

    @Test
    void theInvitationFormOffersTheRolesAsRadioButtonsAndTheNetworksForReviewersAndDelegates() throws Exception {
        mvc.perform(get("/personnes/inviter").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"email\">Adresse électronique</label>")))
                .andExpect(content().string(containsString("type=\"radio\"")))
                .andExpect(content().string(containsString("value=\"NETWORK_DELEGATE\"")))
                .andExpect(content().string(containsString("Délégué·e de réseau")))
                .andExpect(content().string(containsString("data-shown-for=\"REVIEWER NETWORK_DELEGATE\"")))
                .andExpect(content().string(containsString(
                        "<option value=\"CNCRES\">CNCRES (Conseil national des chambres régionales de l&#39;ESS)</option>")))
                .andExpect(content().string(containsString("data-shown-for=\"REVIEWER\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void anInvitationSentOpensThePersonsPageSayingSo() throws Exception {
        given(identity.invite(any())).willReturn(martine("INVITED"));

        mvc.perform(post("/personnes/inviter").with(coordinator()).with(csrf())
                        .param("email", " martine.roussel@example.fr ").param("displayName", "Martine Roussel")
                        .param("role", "REVIEWER").param("network", "RTES")
                        .param("organisationSiret", "005 584 867 73671"))
                .andExpect(redirectedUrl("/personnes/" + MARTINE))
                .andExpect(flash().attribute("message",
                        "Invitation envoyée à Martine Roussel (martine.roussel@example.fr)."));

        verify(identity).invite(new Invitation("martine.roussel@example.fr", "Martine Roussel", "REVIEWER", "RTES",
                "00558486773671"));
    }

    @Test
    void aNetworkOrSiretLeftInTheFormIsNotSentForARoleThatTakesNone() throws Exception {
        given(identity.invite(any())).willReturn(martine("INVITED"));

        mvc.perform(post("/personnes/inviter").with(coordinator()).with(csrf())
                        .param("email", "claire@example.fr").param("displayName", "Claire")
                        .param("role", "COORDINATOR").param("network", "RTES").param("organisationSiret", "123"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/personnes/inviter").with(coordinator()).with(csrf())
                        .param("email", "paul@example.fr").param("displayName", "Paul")
                        .param("role", "NETWORK_DELEGATE").param("network", "MES").param("organisationSiret", "123"))
                .andExpect(status().is3xxRedirection());

        verify(identity).invite(new Invitation("claire@example.fr", "Claire", "COORDINATOR", null, null));
        verify(identity).invite(new Invitation("paul@example.fr", "Paul", "NETWORK_DELEGATE", "MES", null));
    }

    @Test
    void whatTheProviderRefusesIsSaidInFrenchBesideEachFieldAndWhatWasTypedIsKept() throws Exception {
        given(identity.invite(any())).willThrow(new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid request",
                null, List.of(new ApiProblem.FieldProblem("email", "must be a well-formed email address"),
                        new ApiProblem.FieldProblem("organisationSiret", "must be 14 digits")), null));

        mvc.perform(post("/personnes/inviter").with(coordinator()).with(csrf())
                        .param("email", "martine.roussel@").param("displayName", "Martine Roussel")
                        .param("role", "REVIEWER").param("network", "RTES").param("organisationSiret", "0055848"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"martine.roussel@\""),
                        containsString("value=\"Martine Roussel\""), containsString("value=\"0055848\""))))
                .andExpect(content().string(containsString(
                        "<option value=\"RTES\" selected=\"selected\">")))
                .andExpect(content().string(matchesRegex(
                        "(?s).*<input type=\"radio\" value=\"REVIEWER\"[^>]*checked=\"checked\">.*")))
                .andExpect(content().string(containsString(
                        "id=\"err-email\">Une adresse électronique s&#39;écrit comme prenom.nom@exemple.fr.</p>")))
                .andExpect(content().string(containsString(
                        "id=\"err-organisationSiret\">Un SIRET s&#39;écrit avec 14 chiffres.</p>")))
                .andExpect(content().string(containsString("id=\"err-displayName\"></p>")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void aNetworkMissingForAReviewerIsSaidAtTheNetworkField() throws Exception {
        given(identity.invite(any())).willThrow(new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", null,
                List.of(new ApiProblem.FieldProblem("network", "is required for a reviewer or a delegate")), null));

        mvc.perform(post("/personnes/inviter").with(coordinator()).with(csrf())
                        .param("email", "martine.roussel@example.fr").param("displayName", "Martine Roussel")
                        .param("role", "REVIEWER").param("network", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"err-network\">Choisissez le réseau")));
    }

    @Test
    void anAddressThatHasAnAccountAlreadyIsSaidAtTheAddressField() throws Exception {
        given(identity.invite(any())).willThrow(new ApiProblem(HttpStatus.CONFLICT, "Conflict",
                "An account exists for this address", List.of(), null));

        mvc.perform(post("/personnes/inviter").with(coordinator()).with(csrf())
                        .param("email", "martine.roussel@example.fr").param("displayName", "Martine Roussel")
                        .param("role", "HOLDER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"err-email\">Cette adresse a déjà un compte sur la plateforme")))
                .andExpect(content().string(containsString("value=\"martine.roussel@example.fr\"")));
    }

    @Test
    void anInvitationSentWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/personnes/inviter").with(coordinator()).param("email", "x@example.fr")
                        .param("role", "HOLDER"))
                .andExpect(status().isForbidden());
        verify(identity, never()).invite(any());
    }
}
