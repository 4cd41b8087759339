package org.ptce.web.desk;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.desk.DeskFixtures.CALL;
import static org.ptce.web.desk.DeskFixtures.MORLAIX;
import static org.ptce.web.desk.DeskFixtures.VAL;
import static org.ptce.web.desk.DeskFixtures.call;
import static org.ptce.web.desk.DeskFixtures.coordinator;
import static org.ptce.web.desk.DeskFixtures.eligible;
import static org.ptce.web.desk.DeskFixtures.notEligible;
import static org.ptce.web.desk.DeskFixtures.signedIn;
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
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(AdmissibilityController.class)
class AdmissibilityControllerTests {

    private static final String QUEUE = "/coordination/appels/" + CALL + "/recevabilite";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @MockitoBean
    private WorkflowApi workflow;

    @BeforeEach
    void services() {
        given(applications.call(CALL)).willReturn(call());
        given(workflow.admissibilityChecks(CALL)).willReturn(List.of(eligible(VAL, "PTCE du Val"),
                notEligible(MORLAIX, "PTCE Pays de Morlaix")));
    }

    @Test
    void theQueueShowsEachCandidacyWithTheRulesVerdictTheFactsBehindItAndALinkToItsDossier() throws Exception {
        mvc.perform(get(QUEUE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Recevabilité des candidatures</h1>")))
                .andExpect(content().string(containsString("2 candidatures attendent la vérification")))
                .andExpect(content().string(containsString("<h2 id=\"titre-" + VAL + "\">PTCE du Val</h2>")))
                .andExpect(content().string(containsString("16 février 2027 à 9 h 30")))
                .andExpect(content().string(containsString("Éligible selon les règles")))
                .andExpect(content().string(containsString("Non éligible selon les règles")))
                .andExpect(content().string(containsString(
                        "Le PTCE doit regrouper au moins trois personnes morales.")))
                .andExpect(content().string(containsString("<dt>Membres (personnes morales)</dt>")))
                .andExpect(content().string(containsString("href=\"/coordination/candidatures/" + VAL + "\"")))
                .andExpect(content().string(containsString("id=\"outcome-" + VAL + "-INADMISSIBLE\"")))
                .andExpect(content().string(containsString("<label for=\"motivation-" + VAL + "\"")))
                .andExpect(content().string(containsString("<label for=\"missingItems-" + VAL + "\"")))
                .andExpect(content().string(containsString("Enregistrer la décision")));
    }

    @Test
    void theIncompleteChoiceShowsTheHoldersDeadlineWereItDecidedNow() throws Exception {
        mvc.perform(get(QUEUE).with(coordinator()))
                .andExpect(content().string(containsString("dans les <span>15</span> jours")))
                .andExpect(content().string(containsString("16 mars 2027 à 11 h 00")));
    }

    @Test
    void anAdmissibleDecisionIsSentAndLeadsBackToTheQueueWithDecisionRecorded() throws Exception {
        mvc.perform(post(QUEUE + "/{id}", VAL).with(coordinator()).with(csrf()).param("outcome", "ADMISSIBLE")
                        .param("motivation", "").param("missingItems", "les statuts"))
                .andExpect(redirectedUrl(QUEUE))
                .andExpect(flash().attribute("message",
                        "Décision enregistrée : « PTCE du Val » est recevable : elle part en évaluation."));
        verify(workflow).decideAdmissibility(VAL, new WorkflowApi.AdmissibilityDecision("ADMISSIBLE", null, null));
    }

    @Test
    void anIncompleteDecisionSendsTheMissingItemsOnePerLine() throws Exception {
        mvc.perform(post(QUEUE + "/{id}", VAL).with(coordinator()).with(csrf()).param("outcome", "INCOMPLETE")
                        .param("missingItems", "  Les statuts signés \r\n\r\nLe budget prévisionnel\n"))
                .andExpect(redirectedUrl(QUEUE))
                .andExpect(flash().attribute("message", containsString("Décision enregistrée")));
        verify(workflow).decideAdmissibility(VAL, new WorkflowApi.AdmissibilityDecision("INCOMPLETE", null,
                "Les statuts signés\nLe budget prévisionnel"));
    }

    @Test
    void anInadmissibleDecisionWithoutMotivationIsRefusedAtItsFieldAndKeepsWhatWasTyped() throws Exception {
        willThrow(new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid", null, List.of(
                new ApiProblem.FieldProblem("motivation", "is required: an inadmissible candidacy is told why")),
                null)).given(workflow).decideAdmissibility(any(), any());

        mvc.perform(post(QUEUE + "/{id}", VAL).with(coordinator()).with(csrf()).param("outcome", "INADMISSIBLE")
                        .param("motivation", " ").param("missingItems", "Ce que j'avais noté"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-motivation-" + VAL
                        + "\">La motivation est obligatoire pour une candidature irrecevable : son porteur la lira."
                        + "</p>")))
                .andExpect(content().string(containsString("href=\"#motivation-" + VAL + "\"")))
                .andExpect(content().string(allOf(containsString("id=\"motivation-" + VAL + "\""),
                        containsString("aria-invalid=\"true\""))))
                .andExpect(content().string(containsString(">Ce que j&#39;avais noté</textarea>")))
                .andExpect(content().string(containsString("value=\"INADMISSIBLE\" id=\"outcome-" + VAL
                        + "-INADMISSIBLE\" checked=\"checked\"")))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-motivation-" + MORLAIX
                        + "\"></p>")));
    }

    @Test
    void anIncompleteDecisionWithoutItemsIsRefusedAtItsField() throws Exception {
        willThrow(new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid", null, List.of(
                new ApiProblem.FieldProblem("missingItems", "is required: the holder is told what to complete")),
                null)).given(workflow).decideAdmissibility(any(), any());

        mvc.perform(post(QUEUE + "/{id}", MORLAIX).with(coordinator()).with(csrf()).param("outcome", "INCOMPLETE")
                        .param("missingItems", "\n \n"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-missingItems-"
                        + MORLAIX + "\">Indiquez ce que le porteur doit compléter, une pièce ou une information par "
                        + "ligne.</p>")));
        verify(workflow).decideAdmissibility(MORLAIX, new WorkflowApi.AdmissibilityDecision("INCOMPLETE", null,
                null));
    }

    @Test
    void aDecisionWithoutOutcomeIsRefusedAtTheChoice() throws Exception {
        willThrow(new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid", null, List.of(
                new ApiProblem.FieldProblem("outcome", "must not be null")), null))
                .given(workflow).decideAdmissibility(any(), any());

        mvc.perform(post(QUEUE + "/{id}", VAL).with(coordinator()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-outcome-" + VAL
                        + "\">Choisissez la décision : recevable, incomplète ou irrecevable.</p>")));
    }

    @Test
    void aCandidacyDecidedTwiceIsSaidInFrenchAndNothingIsRecorded() throws Exception {
        willThrow(new ApiProblem(HttpStatus.CONFLICT, "Conflict",
                "Candidacy is not waiting for an admissibility check", List.of(), null))
                .given(workflow).decideAdmissibility(any(), any());

        mvc.perform(post(QUEUE + "/{id}", VAL).with(coordinator()).with(csrf()).param("outcome", "ADMISSIBLE"))
                .andExpect(redirectedUrl(QUEUE))
                .andExpect(flash().attribute("error", "Cette candidature n'attend plus de décision de recevabilité : "
                        + "elle a déjà été décidée, ou son porteur l'a retirée. Aucune décision n'a été "
                        + "enregistrée."));
    }

    @Test
    void anEmptyQueueSaysSo() throws Exception {
        given(workflow.admissibilityChecks(CALL)).willReturn(List.of());

        mvc.perform(get(QUEUE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune candidature n'attend de vérification")))
                .andExpect(content().string(not(containsString("Enregistrer la décision"))));
    }

    @Test
    void holdersReviewersAndDelegatesMayNotCheckAdmissibility() throws Exception {
        for (String role : List.of("HOLDER", "REVIEWER", "NETWORK_DELEGATE")) {
            mvc.perform(get(QUEUE).with(signedIn(role, "Quelqu'un"))).andExpect(status().isForbidden());
            mvc.perform(post(QUEUE + "/{id}", VAL).with(signedIn(role, "Quelqu'un")).with(csrf())
                    .param("outcome", "ADMISSIBLE")).andExpect(status().isForbidden());
        }
        verify(workflow, never()).decideAdmissibility(any(), any());
    }
}
