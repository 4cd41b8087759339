package org.ptce.web.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.ptce.web.calls.CallsFixtures.CLOSED;
import static org.ptce.web.calls.CallsFixtures.DEADLINE;
import static org.ptce.web.calls.CallsFixtures.DRAFT;
import static org.ptce.web.calls.CallsFixtures.OPEN;
import static org.ptce.web.calls.CallsFixtures.call;
import static org.ptce.web.calls.CallsFixtures.coordinator;
import static org.ptce.web.calls.CallsFixtures.draft;
import static org.ptce.web.calls.CallsFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.Call;
import org.ptce.web.api.CallDefinition;
import org.ptce.web.api.CallsApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebPageTest(CallsController.class)
class CallsControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private CallsApi calls;

    @Test
    void theListGivesEachCallsStateInFrenchItsDeadlineInParisTimeAndItsNumberOfNetworks() throws Exception {
        var closed = call(CLOSED, "AMI PTCE 2026", "OPEN", Instant.parse("2026-06-30T10:00:00Z"),
                Instant.parse("2026-03-01T10:00:00Z"));
        var open = new Call(OPEN, "AMI Culture", "Un appel.", Instant.parse("2027-04-30T21:59:00Z"), Set.of("UFISC"),
                draft().evaluationGrid(), List.of(), Instant.parse("2027-06-01T10:00:00Z"), Duration.ofDays(10), "OPEN",
                Instant.parse("2027-02-01T10:00:00Z"));
        given(calls.calls()).willReturn(List.of(draft(), open, closed));

        mvc.perform(get("/coordination/appels").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Les appels</h1>")))
                .andExpect(content().string(containsString("href=\"/coordination/appels/nouveau\">Nouvel appel</a>")))
                .andExpect(content().string(containsString(
                        "href=\"/coordination/appels/" + DRAFT + "\">AMI PTCE 2027</a>")))
                .andExpect(content().string(containsString("<span class=\"status\">Brouillon</span>")))
                .andExpect(content().string(containsString("<span class=\"status\">Ouvert aux candidatures</span>")))
                .andExpect(content().string(containsString("<span class=\"status\">Clos</span>")))
                .andExpect(content().string(containsString("15 mars 2027 à 12 h 00")))
                .andExpect(content().string(containsString("30 avril 2027 à 23 h 59")))
                .andExpect(content().string(containsString("30 juin 2026 à 12 h 00")))
                .andExpect(content().string(containsString("<td>3 réseaux</td>")))
                .andExpect(content().string(containsString("<td>1 réseau</td>")))
                .andExpect(content().string(containsString("href=\"/coordination/appels\">Appels</a>")));
    }

    @Test
    void anEmptyListInvitesToPrepareTheFirstCall() throws Exception {
        given(calls.calls()).willReturn(List.of());

        mvc.perform(get("/coordination/appels").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun appel pour l'instant")))
                .andExpect(content().string(containsString(">Nouvel appel</a>")))
                .andExpect(content().string(not(containsString("<table"))));
    }

    @Test
    void anUnknownCallIsAFrenchNotFoundPage() throws Exception {
        given(calls.call(DRAFT)).willThrow(new ApiProblem(HttpStatus.NOT_FOUND, "Not found", "No call " + DRAFT,
                List.of(), null));

        mvc.perform(get("/coordination/appels/{id}", DRAFT).with(coordinator()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }

    @Test
    void aHolderIsRefusedEveryCoordinationPageAndNothingIsAskedOfTheService() throws Exception {
        var holder = signedIn("HOLDER", "Iñaki Etxeberria");
        mvc.perform(get("/coordination/appels").with(holder)).andExpect(status().isForbidden());
        mvc.perform(get("/coordination/appels/nouveau").with(holder)).andExpect(status().isForbidden());
        mvc.perform(get("/coordination/appels/{id}", DRAFT).with(holder)).andExpect(status().isForbidden());
        mvc.perform(post("/coordination/appels/nouveau").with(holder).with(csrf()).param("title", "Intrus"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/coordination/appels/{id}/ouverture", DRAFT).with(holder).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/coordination/appels").with(signedIn("REVIEWER", "Martine Roussel")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInFirst() throws Exception {
        mvc.perform(get("/coordination/appels/{id}", DRAFT))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));
        verifyNoInteractions(calls);
    }

    @Test
    void theNewCallFormLabelsEveryFieldAndProposesNoonParisTime() throws Exception {
        mvc.perform(get("/coordination/appels/nouveau").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Nouvel appel</h1>")))
                .andExpect(content().string(containsString("action=\"/coordination/appels/nouveau\"")))
                .andExpect(content().string(containsString("<label for=\"title\">Titre de l’appel</label>")))
                .andExpect(content().string(containsString("<label for=\"description\">")))
                .andExpect(content().string(containsString("<label for=\"submissionDate\">")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"submissionTime\"[^>]*value=\"12:00\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"reviewTime\"[^>]*value=\"12:00\".*")))
                .andExpect(content().string(containsString("<label for=\"completionDays\">")))
                .andExpect(content().string(containsString("for=\"network-COORACE\"")))
                .andExpect(content().string(containsString(
                        "CNCRES (Conseil national des chambres régionales de l&#39;ESS)")))
                .andExpect(content().string(containsString("<label for=\"criteria-0-label\">Critère 1 : intitulé</label>")))
                .andExpect(content().string(containsString("<label for=\"criteria-0-weight\">Poids du critère 1</label>")))
                .andExpect(content().string(containsString("<label for=\"criteria-0-threshold\">Seuil du critère 1</label>")))
                .andExpect(content().string(containsString("<label for=\"totalThreshold\">")))
                .andExpect(content().string(containsString(
                        "<label for=\"requiredDocuments-0-name\">Document demandé 1</label>")))
                .andExpect(content().string(containsString(">Ajouter un critère</button>")))
                .andExpect(content().string(containsString(">Ajouter un document</button>")))
                .andExpect(content().string(containsString("id=\"save-call\">Enregistrer le brouillon</button>")))
                .andExpect(content().string(not(containsString("autofocus"))));
        verifyNoInteractions(calls);
    }

    @Test
    void savingANewCallSendsItsDeadlinesAsTheInstantsOfParisTimeAndShowsTheDraft() throws Exception {
        given(calls.create(any())).willReturn(draft());

        mvc.perform(filled(post("/coordination/appels/nouveau"))
                        .param("criteria[2].label", "").param("criteria[2].weight", "")
                        .param("criteria[2].threshold", "")
                        .param("requiredDocuments[0].name", " Statuts ").param("requiredDocuments[1].name", ""))
                .andExpect(redirectedUrl("/coordination/appels/" + DRAFT))
                .andExpect(flash().attribute("message", containsString("Le brouillon est enregistré.")));

        var sent = ArgumentCaptor.forClass(CallDefinition.class);
        verify(calls).create(sent.capture());
        CallDefinition definition = sent.getValue();
        assertThat(definition.title()).isEqualTo("AMI PTCE 2027");
        assertThat(definition.submissionDeadline()).isEqualTo("2027-03-15T11:00:00Z");
        assertThat(definition.reviewDeadline()).isEqualTo("2027-04-15T16:00:00Z");
        assertThat(definition.participatingNetworks()).containsExactly("RTES", "OPALE");
        assertThat(definition.evaluationGrid().criteria()).extracting(CallDefinition.Criterion::code)
                .containsExactly("ANCRAGE_TERRITORIAL", "COOPERATION_ENTRE_LES_MEMBRES");
        assertThat(definition.evaluationGrid().criteria()).extracting(CallDefinition.Criterion::weight)
                .containsExactly(3, 2);
        assertThat(definition.evaluationGrid().criteria().get(0).threshold()).isEqualByComparingTo("2.5");
        assertThat(definition.evaluationGrid().totalThreshold()).isEqualByComparingTo("3");
        assertThat(definition.requiredDocuments()).containsExactly("Statuts");
        assertThat(definition.completionTimeLimit()).isEqualTo("P15D");
    }

    @Test
    void aDeadlineInThePastIsRefusedAtItsFieldAndEverythingTypedStays() throws Exception {
        given(calls.create(any())).willThrow(invalid("submissionDeadline", "must be a future date"));

        mvc.perform(filled(post("/coordination/appels/nouveau"), "submissionDate", "15/03/2020"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"err-submissionDate\">Cette date est passée : choisissez une date à venir.</p>")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"submissionDate\"[^>]*aria-invalid=\"true\"[^>]*value=\"15/03/2020\".*")))
                .andExpect(content().string(containsString("value=\"AMI PTCE 2027\"")))
                .andExpect(content().string(containsString("Soutenir les p&ocirc;les")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"network-OPALE\"[^>]*checked.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"criteria-0-weight\"[^>]*value=\"3\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"criteria-0-threshold\"[^>]*value=\"2,5\".*")));
    }

    @Test
    void aCriterionTheServiceRefusesIsShownAtItsRowWhenBlankRowsWereNotSentAndTheWeightsStay() throws Exception {
        given(calls.create(any())).willThrow(invalid("evaluationGrid.criteria[1].weight",
                "must be less than or equal to 10"));

        mvc.perform(filled(post("/coordination/appels/nouveau"), "criteria[1].label", "", "criteria[1].weight", "",
                        "criteria[1].threshold", "")
                        .param("criteria[2].label", "Innovation sociale").param("criteria[2].weight", "12")
                        .param("criteria[2].threshold", "1,5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"err-criteria-2-weight\">Un poids est un nombre entier de 1 à 10.</p>")))
                .andExpect(content().string(containsString("id=\"err-criteria-0-weight\"></p>")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"criteria-2-weight\"[^>]*aria-invalid=\"true\"[^>]*value=\"12\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"criteria-0-weight\"[^>]*value=\"3\".*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"criteria-2-label\"[^>]*value=\"Innovation sociale\".*")));
    }

    @Test
    void aWeightOrADateThatCannotBeReadIsRefusedAtItsFieldAndNothingIsSent() throws Exception {
        mvc.perform(filled(post("/coordination/appels/nouveau"), "criteria[0].weight", "trois",
                        "reviewDate", "à la fin du printemps", "totalThreshold", "trois et demi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"err-criteria-0-weight\">Un poids est un nombre entier de 1 à 10.</p>")))
                .andExpect(content().string(containsString(
                        "id=\"err-reviewDate\">Une date s&#39;écrit comme 15/03/2027.</p>")))
                .andExpect(content().string(containsString("id=\"err-totalThreshold\">Un seuil est un nombre")))
                .andExpect(content().string(containsString("value=\"trois\"")));
        verify(calls, never()).create(any());
    }

    @Test
    void whatTheServiceNamesOfTheNetworksTheGridOrTheLimitIsSaidInFrenchAtTheField() throws Exception {
        given(calls.create(any())).willThrow(new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid field", null,
                List.of(new ApiProblem.FieldProblem("participatingNetworks", "must not be empty"),
                        new ApiProblem.FieldProblem("completionTimeLimit",
                                "must be between PT24H and PT2160H (ISO-8601 durations)"),
                        new ApiProblem.FieldProblem("reviewDeadline", "must come after the submission deadline"),
                        new ApiProblem.FieldProblem("evaluationGrid.totalThreshold",
                                "must be less than or equal to 5")), null));

        mvc.perform(filled(post("/coordination/appels/nouveau"), "completionDays", "120"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"err-participatingNetworks\">Cochez au moins un réseau.</p>")))
                .andExpect(content().string(containsString(
                        "id=\"err-completionDays\">Le délai est de 1 jour au moins et de 90 jours au plus.</p>")))
                .andExpect(content().string(containsString(
                        "id=\"err-reviewDate\">L&#39;évaluation se termine après la date limite de dépôt")))
                .andExpect(content().string(containsString(
                        "id=\"err-totalThreshold\">Un seuil est un nombre de 0 à 5, par exemple 2,5.</p>")))
                .andExpect(content().string(containsString("value=\"120\"")));
    }

    @Test
    void addingACriterionGivesANewRowWithTheFocusInItKeepsWhatWasTypedAndSavesNothing() throws Exception {
        mvc.perform(filled(post("/coordination/appels/nouveau")).param("action", "add-criterion"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"criteria-2-label\"[^>]*autofocus.*")))
                .andExpect(content().string(containsString(">Retirer le critère 3</button>")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"criteria-1-weight\"[^>]*value=\"2\".*")))
                .andExpect(content().string(containsString("value=\"AMI PTCE 2027\"")));
        verifyNoInteractions(calls);
    }

    @Test
    void removingACriterionTakesOutItsRowOnlyAndSaysSo() throws Exception {
        mvc.perform(filled(post("/coordination/appels/nouveau")).param("action", "remove-criterion-0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le critère a été retiré de la grille.")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"criteria-0-label\"[^>]*value=\"Coop&eacute;ration entre les membres\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"criteria-0-weight\"[^>]*value=\"2\".*")))
                .andExpect(content().string(not(containsString("Ancrage territorial"))));
        verifyNoInteractions(calls);
    }

    @Test
    void documentRowsAreAddedAndRemovedLikeCriteria() throws Exception {
        mvc.perform(filled(post("/coordination/appels/nouveau")).param("action", "add-document")
                        .param("requiredDocuments[0].name", "Statuts"))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern("(?s).*id=\"requiredDocuments-1-name\"[^>]*autofocus.*")));
        mvc.perform(filled(post("/coordination/appels/nouveau")).param("action", "remove-document-0")
                        .param("requiredDocuments[0].name", "Statuts")
                        .param("requiredDocuments[1].name", "Budget prévisionnel"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le document a été retiré de la liste.")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"requiredDocuments-0-name\"[^>]*value=\"Budget pr&eacute;visionnel\".*")))
                .andExpect(content().string(not(containsString("value=\"Statuts\""))));
        verifyNoInteractions(calls);
    }

    @Test
    void theEditFormShowsTheDraftAsItIsInParisTime() throws Exception {
        given(calls.call(DRAFT)).willReturn(draft());

        mvc.perform(get("/coordination/appels/{id}/modifier", DRAFT).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Modifier le brouillon</h1>")))
                .andExpect(content().string(containsString("action=\"/coordination/appels/" + DRAFT + "/modifier\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"submissionDate\"[^>]*value=\"15/03/2027\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"submissionTime\"[^>]*value=\"12:00\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"reviewDate\"[^>]*value=\"15/04/2027\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"reviewTime\"[^>]*value=\"18:00\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"network-MES\"[^>]*checked.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"network-UFISC\"(?![^>]*checked)[^>]*>.*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"criteria-0-threshold\"[^>]*value=\"2,5\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"criteria-1-weight\"[^>]*value=\"2\".*")))
                .andExpect(content().string(containsString("value=\"TERRITORIAL_ANCHORING\"")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"totalThreshold\"[^>]*value=\"3\".*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*id=\"requiredDocuments-1-name\"[^>]*value=\"Budget pr&eacute;visionnel\".*")))
                .andExpect(content().string(matchesPattern("(?s).*id=\"completionDays\"[^>]*value=\"15\".*")));
    }

    @Test
    void savingAnEditSendsTheWholeDraftAndKeepsTheCodesOfItsCriteria() throws Exception {
        given(calls.update(eq(DRAFT), any())).willReturn(draft());

        mvc.perform(filled(post("/coordination/appels/{id}/modifier", DRAFT),
                        "criteria[0].code", "TERRITORIAL_ANCHORING", "criteria[0].label", "Ancrage dans le territoire"))
                .andExpect(redirectedUrl("/coordination/appels/" + DRAFT));

        var sent = ArgumentCaptor.forClass(CallDefinition.class);
        verify(calls).update(eq(DRAFT), sent.capture());
        assertThat(sent.getValue().evaluationGrid().criteria()).extracting(CallDefinition.Criterion::code)
                .containsExactly("TERRITORIAL_ANCHORING", "COOPERATION_ENTRE_LES_MEMBRES");
        assertThat(sent.getValue().evaluationGrid().criteria().get(0).label()).isEqualTo("Ancrage dans le territoire");
        verify(calls, never()).create(any());
    }

    @Test
    void aCallOpenedMeanwhileIsNotChangedAndWhatWasTypedStaysWithTheReasonInFrench() throws Exception {
        given(calls.update(eq(DRAFT), any())).willThrow(new ApiProblem(HttpStatus.CONFLICT, "Conflict",
                "Call is OPEN, only a DRAFT call can be changed", List.of(), null));

        mvc.perform(filled(post("/coordination/appels/{id}/modifier", DRAFT), "title", "Nouveau titre"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cet appel a été ouvert entre-temps")))
                .andExpect(content().string(containsString("value=\"Nouveau titre\"")));
    }

    @Test
    void theEditFormOfAnOpenCallLeadsBackToItsPageWithTheReason() throws Exception {
        given(calls.call(OPEN)).willReturn(call(OPEN, "AMI PTCE 2027", "OPEN", DEADLINE, WebPageTest.NOW));

        mvc.perform(get("/coordination/appels/{id}/modifier", OPEN).with(coordinator()))
                .andExpect(redirectedUrl("/coordination/appels/" + OPEN))
                .andExpect(flash().attribute("error", "Cet appel est ouvert : il ne peut plus être modifié."));
    }

    @Test
    void theDraftsPageShowsItAsHoldersWillSeeItWithWhatOnlyTheCommitteeSees() throws Exception {
        given(calls.call(DRAFT)).willReturn(draft());

        mvc.perform(get("/coordination/appels/{id}", DRAFT).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>AMI PTCE 2027</h1>")))
                .andExpect(content().string(containsString("<span class=\"status\" id=\"call-state\">Brouillon</span>")))
                .andExpect(content().string(containsString(
                        "href=\"/coordination/appels/" + DRAFT + "/modifier\">Modifier</a>")))
                .andExpect(content().string(containsString(
                        "href=\"/coordination/appels/" + DRAFT + "/ouverture\">Ouvrir l'appel</a>")))
                .andExpect(content().string(containsString("15 mars 2027 à 12 h 00")))
                .andExpect(content().string(containsString("(plus que 14 jours)")))
                .andExpect(content().string(containsString("RTES, MES, OPALE")))
                .andExpect(content().string(containsString("Soutenir les pôles territoriaux")))
                .andExpect(content().string(containsString("décret n° 2015-431")))
                .andExpect(content().string(containsString("<li>Budget prévisionnel</li>")))
                .andExpect(content().string(containsString("Critères d'évaluation")))
                .andExpect(content().string(containsString("<td>Coopération entre les membres</td>")))
                .andExpect(content().string(containsString("Ce que seul le comité voit")))
                .andExpect(content().string(containsString("<td>2,5</td>")))
                .andExpect(content().string(containsString("<dd>3 sur 5</dd>")))
                .andExpect(content().string(containsString("<dd>15 jours</dd>")))
                .andExpect(content().string(containsString("15 avril 2027 à 18 h 00")))
                .andExpect(content().string(not(containsString("Tous les appels"))))
                .andExpect(content().string(not(containsString("appel clos"))))
                .andExpect(content().string(not(containsString("Déposer une candidature"))));
    }

    @Test
    void aDraftWhoseDeadlineHasPassedSaysSoAndIsNotOfferedForOpening() throws Exception {
        given(calls.call(DRAFT)).willReturn(call(DRAFT, "AMI PTCE 2027", "DRAFT",
                Instant.parse("2027-02-15T11:00:00Z"), null));

        mvc.perform(get("/coordination/appels/{id}", DRAFT).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date limite de dépôt est passée")))
                .andExpect(content().string(containsString(">Modifier</a>")))
                .andExpect(content().string(not(containsString("/ouverture"))));
    }

    @Test
    void anOpenCallsPageOffersNeitherToChangeNorToOpenIt() throws Exception {
        given(calls.call(OPEN)).willReturn(call(OPEN, "AMI PTCE 2027", "OPEN", DEADLINE,
                Instant.parse("2027-02-01T09:00:00Z")));

        mvc.perform(get("/coordination/appels/{id}", OPEN).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ouvert aux candidatures")))
                .andExpect(content().string(containsString("ouvert le <span>1er février 2027 à 10 h 00</span>")))
                .andExpect(content().string(containsString(
                        "href=\"/coordination/appels/" + OPEN + "/suivi\">Suivre les candidatures</a>")))
                .andExpect(content().string(not(containsString("/modifier"))))
                .andExpect(content().string(not(containsString("/ouverture"))));
    }

    @Test
    void openingAsksForAConfirmationFirstAndSaysWhatItChanges() throws Exception {
        given(calls.call(DRAFT)).willReturn(draft());

        mvc.perform(get("/coordination/appels/{id}/ouverture", DRAFT).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("l'appel ne peut plus être modifié")))
                .andExpect(content().string(containsString("<h1>Ouvrir l&#39;appel « AMI PTCE 2027 »</h1>")))
                .andExpect(content().string(containsString("15 mars 2027 à 12 h 00")))
                .andExpect(content().string(containsString("action=\"/coordination/appels/" + DRAFT + "/ouverture\"")))
                .andExpect(content().string(containsString(
                        "id=\"confirm-opening\">Confirmer l'ouverture de l'appel</button>")));
        verify(calls, never()).open(any());
    }

    @Test
    void confirmingOpensTheCallAndSaysUntilWhenHoldersMayApply() throws Exception {
        given(calls.open(DRAFT)).willReturn(call(DRAFT, "AMI PTCE 2027", "OPEN", DEADLINE, WebPageTest.NOW));

        mvc.perform(post("/coordination/appels/{id}/ouverture", DRAFT).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/coordination/appels/" + DRAFT))
                .andExpect(flash().attribute("message", "L'appel est ouvert : les porteurs de projet peuvent déposer "
                        + "leur candidature jusqu'au 15 mars 2027 à 12 h 00."));
        verify(calls).open(DRAFT);
    }

    @Test
    void openingACallTwiceIsRefusedInFrench() throws Exception {
        given(calls.open(DRAFT)).willThrow(new ApiProblem(HttpStatus.CONFLICT, "Conflict with the current state",
                "Call is OPEN, only a DRAFT call can be opened", List.of(), null));

        mvc.perform(post("/coordination/appels/{id}/ouverture", DRAFT).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/coordination/appels/" + DRAFT))
                .andExpect(flash().attribute("error",
                        "Cet appel est déjà ouvert : il ne peut être ni ouvert de nouveau, ni modifié."));
    }

    @Test
    void theConfirmationOfAnOpenCallLeadsBackToItsPage() throws Exception {
        given(calls.call(OPEN)).willReturn(call(OPEN, "AMI PTCE 2027", "OPEN", DEADLINE, WebPageTest.NOW));

        mvc.perform(get("/coordination/appels/{id}/ouverture", OPEN).with(coordinator()))
                .andExpect(redirectedUrl("/coordination/appels/" + OPEN))
                .andExpect(flash().attribute("error", containsString("déjà ouvert")));
    }

    @Test
    void openingACallWhoseDeadlineHasPassedSaysWhatToChange() throws Exception {
        given(calls.open(DRAFT)).willThrow(invalid("submissionDeadline",
                "is 2027-02-15T11:00:00Z, already past: a call opens before its deadline"));

        mvc.perform(post("/coordination/appels/{id}/ouverture", DRAFT).with(coordinator()).with(csrf()))
                .andExpect(redirectedUrl("/coordination/appels/" + DRAFT))
                .andExpect(flash().attribute("error", "L'appel n'a pas été ouvert. Sa date limite de dépôt est "
                        + "passée : modifiez-la avant de l'ouvrir."));
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/coordination/appels/{id}/ouverture", DRAFT).with(coordinator()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/coordination/appels/nouveau").with(coordinator()).param("title", "AMI"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(calls);
    }

    /** A complete call as a coordinator types it, two criteria and two of the six networks, as changed. */
    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String... changes) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", "AMI PTCE 2027");
        fields.put("description", "Soutenir les pôles territoriaux de coopération économique.");
        fields.put("submissionDate", "15/03/2027");
        fields.put("submissionTime", "12:00");
        fields.put("reviewDate", "15/04/2027");
        fields.put("reviewTime", "18 h");
        fields.put("completionDays", "15");
        fields.put("criteria[0].label", "Ancrage territorial");
        fields.put("criteria[0].weight", "3");
        fields.put("criteria[0].threshold", "2,5");
        fields.put("criteria[1].label", "Coopération entre les membres");
        fields.put("criteria[1].weight", "2");
        fields.put("criteria[1].threshold", "2");
        fields.put("totalThreshold", "3");
        for (int i = 0; i + 1 < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        request.with(coordinator()).with(csrf()).param("participatingNetworks", "OPALE", "RTES");
        fields.forEach(request::param);
        return request;
    }

    private static ApiProblem invalid(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", null,
                List.of(new ApiProblem.FieldProblem(field, message)), null);
    }
}
