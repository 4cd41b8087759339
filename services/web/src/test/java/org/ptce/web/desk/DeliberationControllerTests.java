package org.ptce.web.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.desk.DeskFixtures.CALL;
import static org.ptce.web.desk.DeskFixtures.MORLAIX;
import static org.ptce.web.desk.DeskFixtures.VAL;
import static org.ptce.web.desk.DeskFixtures.call;
import static org.ptce.web.desk.DeskFixtures.coordinator;
import static org.ptce.web.desk.DeskFixtures.draft;
import static org.ptce.web.desk.DeskFixtures.evaluation;
import static org.ptce.web.desk.DeskFixtures.openDeliberation;
import static org.ptce.web.desk.DeskFixtures.ranked;
import static org.ptce.web.desk.DeskFixtures.reviewed;
import static org.ptce.web.desk.DeskFixtures.signedIn;
import static org.ptce.web.desk.DeskFixtures.vote;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebPageTest(DeliberationController.class)
class DeliberationControllerTests {

    private static final String PAGE = "/coordination/appels/" + CALL + "/deliberation";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @MockitoBean
    private WorkflowApi workflow;

    @MockitoBean
    private ReviewDeskApi review;

    @BeforeEach
    void services() {
        given(applications.call(CALL)).willReturn(call());
        given(workflow.deliberation(CALL)).willReturn(openDeliberation());
        given(review.ranking(CALL)).willReturn(List.of(
                ranked(VAL, "PTCE du Val", "3.85", "4.00", "3.50", List.of(vote("MES", "FAVOURABLE", 1),
                        vote("RTES", "FAVOURABLE", 1), vote("RTES", "RESERVED", 1))),
                ranked(MORLAIX, "PTCE Pays de Morlaix", "2.9", "3.00", "2.70", List.of(
                        vote("MES", "UNFAVOURABLE", 1), vote("RTES", "FAVOURABLE", 1)))));
        // On Val, RTES gives 5 and 3 (mean 4), MES gives 2 on the anchoring: 2 points apart.
        // A draft's scores, were they counted, would move Morlaix's MES mean.
        given(review.evaluationsOfCall(CALL, 0, 500)).willReturn(new ReviewDeskApi.CallEvaluationPage(List.of(
                evaluation(VAL, "RTES", 5, 4, "FAVOURABLE"), evaluation(VAL, "RTES", 3, 3, "RESERVED"),
                evaluation(VAL, "MES", 2, 4, "FAVOURABLE"), evaluation(MORLAIX, "RTES", 3, 3, "FAVOURABLE"),
                evaluation(MORLAIX, "MES", 3, 2, "UNFAVOURABLE"), draft(MORLAIX, "MES", 0, 0)), 0, 500, 6));
        given(review.validations(CALL)).willReturn(List.of());
    }

    @Test
    void theReviewedCandidaciesComeByTallyWithTheirScoresPerNetworkSideBySideAndTheirDivergencesInWords()
            throws Exception {
        mvc.perform(get(PAGE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Délibération</h1>")))
                .andExpect(content().string(containsString("<span>1.</span>\n              <span>PTCE du Val</span>")))
                .andExpect(content().string(containsString("<span>2.</span>\n              <span>PTCE Pays de Morlaix</span>")))
                .andExpect(content().string(containsString("<strong>3,85 / 5</strong>")))
                .andExpect(content().string(containsString("<th scope=\"col\">MES</th>")))
                .andExpect(content().string(containsString("<th scope=\"col\">RTES</th>")))
                .andExpect(content().string(containsString("<td>2,00</td>")))
                .andExpect(content().string(containsString("<td>4,00</td>")))
                .andExpect(content().string(containsString("<strong>Scores divergents entre les réseaux</strong> sur :\n"
                        + "              <span>Ancrage territorial</span>.")))
                .andExpect(content().string(containsString("<strong class=\"flag\">divergent</strong>")))
                .andExpect(content().string(containsString("<dd>1 favorable, 1 réservé</dd>")))
                .andExpect(content().string(containsString("<dd>1 défavorable</dd>")))
                .andExpect(content().string(containsString("id=\"rows-0-place\"")))
                .andExpect(content().string(containsString("id=\"rows-1-rank\"")))
                .andExpect(content().string(containsString("<label for=\"rows-1-motivation\">Motivation</label>")))
                .andExpect(content().string(containsString("Vérifier la liste avant de la proposer")))
                .andExpect(content().string(containsString("Aucune liste n'a encore été proposée aux réseaux.")))
                .andExpect(content().string(not(containsString("1,50"))));
        // The call's evaluations in pages of 500, not a request per candidacy.
        verify(review).evaluationsOfCall(CALL, 0, 500);
    }

    @Test
    void checkingAListAsksForAConfirmationThenProposingItSendsItToTheNetworks() throws Exception {
        mvc.perform(placed(post(PAGE)).param("action", "check"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmer la liste avant de la proposer aux réseaux")))
                .andExpect(content().string(containsString("<strong>PTCE du Val</strong>")))
                .andExpect(content().string(containsString("Liste complémentaire (1)")))
                .andExpect(content().string(containsString("name=\"rows[1].place\" value=\"RESERVE\"")))
                .andExpect(content().string(containsString("Proposer la liste aux réseaux")))
                .andExpect(content().string(containsString("Modifier la liste")));
        WorkflowApi.RankedListDraft list = new WorkflowApi.RankedListDraft(
                List.of(new WorkflowApi.Entry(VAL, "Un projet solide.")),
                List.of(new WorkflowApi.Entry(MORLAIX, "En réserve.")), List.of());
        verify(workflow).checkRankedList(CALL, list);
        verify(workflow, never()).proposeRankedList(any(), any());

        mvc.perform(placed(post(PAGE + "/proposition")))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("message", containsString("Liste proposée aux réseaux")));
        verify(workflow).proposeRankedList(CALL, list);
    }

    @Test
    void modifyingTheListShowsTheFormAgainWithWhatWasTyped() throws Exception {
        mvc.perform(placed(post(PAGE)).param("action", "edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">En r&eacute;serve.</textarea>")))
                .andExpect(content().string(containsString("<option value=\"RESERVE\" selected=\"selected\">")));
        verify(workflow, never()).checkRankedList(any(), any());
    }

    @Test
    void aPlaceWithoutItsMotivationIsRefusedAtItsRow() throws Exception {
        willThrow(new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid", null, List.of(
                new ApiProblem.FieldProblem("reserve[0].motivation", "must not be blank")), null))
                .given(workflow).checkRankedList(eq(CALL), any());

        mvc.perform(post(PAGE).with(coordinator()).with(csrf()).param("action", "check")
                        .param("rows[0].candidacyId", VAL.toString()).param("rows[0].place", "LAUREATE")
                        .param("rows[0].motivation", "Un projet solide.")
                        .param("rows[1].candidacyId", MORLAIX.toString()).param("rows[1].place", "RESERVE")
                        .param("rows[1].rank", "1").param("rows[1].motivation", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-rows-1-motivation\">"
                        + "La motivation est obligatoire : le porteur la lira avec la décision.</p>")))
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-rows-0-motivation\">"
                        + "</p>")))
                .andExpect(content().string(containsString("La liste n'est pas proposée : corrigez les lignes "
                        + "signalées.")))
                .andExpect(content().string(containsString(">Un projet solide.</textarea>")));
    }

    @Test
    void aCandidacyLeftUnplacedIsSaidAtItsRow() throws Exception {
        willThrow(new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid", null, List.of(
                new ApiProblem.FieldProblem("notSelected", "leaves out reviewed candidacies " + MORLAIX)), null))
                .given(workflow).checkRankedList(eq(CALL), any());

        mvc.perform(post(PAGE).with(coordinator()).with(csrf())
                        .param("rows[0].candidacyId", VAL.toString()).param("rows[0].place", "LAUREATE")
                        .param("rows[0].motivation", "Un projet solide.")
                        .param("rows[1].candidacyId", MORLAIX.toString()).param("rows[1].place", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-rows-1-place\">"
                        + "Placez cette candidature : lauréate, liste complémentaire ou non retenue.</p>")));
        verify(workflow).checkRankedList(CALL, new WorkflowApi.RankedListDraft(
                List.of(new WorkflowApi.Entry(VAL, "Un projet solide.")), List.of(), List.of()));
    }

    @Test
    void theRanksTypedOrderTheListAndAnUnreadableOneIsRefusedBeforeAskingTheService() throws Exception {
        mvc.perform(post(PAGE).with(coordinator()).with(csrf())
                        .param("rows[0].candidacyId", VAL.toString()).param("rows[0].place", "RESERVE")
                        .param("rows[0].rank", "deux").param("rows[0].motivation", "a")
                        .param("rows[1].candidacyId", MORLAIX.toString()).param("rows[1].place", "RESERVE")
                        .param("rows[1].rank", "1").param("rows[1].motivation", "b"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-rows-0-rank\">"
                        + "Un rang s&#39;écrit en chiffres, à partir de 1 : 1, 2, 3…</p>")));
        verify(workflow, never()).checkRankedList(any(), any());

        mvc.perform(post(PAGE).with(coordinator()).with(csrf())
                        .param("rows[0].candidacyId", VAL.toString()).param("rows[0].place", "RESERVE")
                        .param("rows[0].rank", "2").param("rows[0].motivation", "a")
                        .param("rows[1].candidacyId", MORLAIX.toString()).param("rows[1].place", "RESERVE")
                        .param("rows[1].rank", "1").param("rows[1].motivation", "b"))
                .andExpect(status().isOk());
        verify(workflow).checkRankedList(CALL, new WorkflowApi.RankedListDraft(List.of(),
                List.of(new WorkflowApi.Entry(MORLAIX, "b"), new WorkflowApi.Entry(VAL, "a")), List.of()));
    }

    @Test
    void afterARejectionTheNetworksReasonsStandBesideTheListToReviseAsItWasProposed() throws Exception {
        given(workflow.deliberation(CALL)).willReturn(new WorkflowApi.Deliberation(CALL,
                Instant.parse("2027-04-05T08:00:00Z"), 0, openDeliberation().reviewed(), 1,
                List.of(new WorkflowApi.NetworkAnswer("MES", "REJECTED", "La réserve manque d'un projet rural."),
                        new WorkflowApi.NetworkAnswer("RTES", "APPROVED", null)),
                new WorkflowApi.RankedList(List.of(new WorkflowApi.Entry(VAL, "Un projet solide.")), List.of(),
                        List.of(new WorkflowApi.Entry(MORLAIX, "Pas assez ancré.")))));
        given(review.validations(CALL)).willReturn(List.of(
                new ReviewDeskApi.Validation(CALL, 1, "RTES", Instant.parse("2027-04-01T08:00:00Z"), true, null,
                        "delegate-rtes", Instant.parse("2027-04-02T09:15:00Z")),
                new ReviewDeskApi.Validation(CALL, 1, "MES", Instant.parse("2027-04-01T08:00:00Z"), false,
                        "La réserve manque d'un projet rural.", "delegate-mes",
                        Instant.parse("2027-04-04T16:40:00Z"))));

        mvc.perform(get(PAGE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La liste du tour 1 a été rejetée")))
                .andExpect(content().string(containsString("Motifs des réseaux (tour 1)")))
                .andExpect(content().string(containsString("<strong>MES a rejeté la liste</strong>")))
                .andExpect(content().string(containsString("La réserve manque d&#39;un projet rural.")))
                .andExpect(content().string(containsString("<option value=\"LAUREATE\" selected=\"selected\">")))
                .andExpect(content().string(containsString(">Pas assez ancr&eacute;.</textarea>")))
                .andExpect(content().string(containsString("<caption>Tour 1</caption>")))
                .andExpect(content().string(containsString("<span>Approuvée</span>")))
                .andExpect(content().string(containsString("<strong>Rejetée</strong>")))
                .andExpect(content().string(containsString("4 avril 2027 à 18 h 40")));
    }

    @Test
    void whileTheListIsWithTheNetworksEachOnesAnswerShowsAndNothingCanBeChanged() throws Exception {
        given(workflow.deliberation(CALL)).willReturn(new WorkflowApi.Deliberation(CALL, null, 0,
                openDeliberation().reviewed(), 2, List.of(new WorkflowApi.NetworkAnswer("MES", null, null),
                        new WorkflowApi.NetworkAnswer("RTES", "APPROVED", null)), null));

        mvc.perform(get(PAGE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La liste du tour 2 est chez les réseaux")))
                .andExpect(content().string(containsString("<caption>Tour 2</caption>")))
                .andExpect(content().string(containsString("<span>En attente</span>")))
                .andExpect(content().string(containsString("<span>Approuvée</span>")))
                .andExpect(content().string(containsString("<strong>3,85 / 5</strong>")))
                .andExpect(content().string(not(containsString("Vérifier la liste avant de la proposer"))))
                .andExpect(content().string(not(containsString("rows-0-place"))));
    }

    @Test
    void beforeTheReviewEndsTheDeliberationSaysWhatItWaitsFor() throws Exception {
        given(workflow.deliberation(CALL)).willReturn(new WorkflowApi.Deliberation(CALL, null, 3,
                List.of(reviewed(VAL, "PTCE du Val", "3.85")), null, List.of(), null));

        mvc.perform(get(PAGE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La délibération n'est pas encore ouverte")))
                .andExpect(content().string(containsString("3 candidatures sont encore avant la fin de leur "
                        + "évaluation.")))
                .andExpect(content().string(not(containsString("Vérifier la liste avant de la proposer"))));
    }

    @Test
    void aListTheServiceCannotTakeNowIsSaidAboveTheForm() throws Exception {
        willThrow(new ApiProblem(HttpStatus.CONFLICT, "Conflict", "Call was deliberated meanwhile", List.of(),
                null)).given(workflow).proposeRankedList(eq(CALL), any());

        mvc.perform(placed(post(PAGE + "/proposition")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La liste ne peut pas être proposée maintenant")));
    }

    @Test
    void holdersAndReviewersMayNotDeliberate() throws Exception {
        for (String role : List.of("HOLDER", "REVIEWER", "NETWORK_DELEGATE")) {
            mvc.perform(get(PAGE).with(signedIn(role, "Quelqu'un"))).andExpect(status().isForbidden());
            mvc.perform(post(PAGE + "/proposition").with(signedIn(role, "Quelqu'un")).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        verify(workflow, never()).proposeRankedList(any(), any());
    }

    /** Val a laureate, Morlaix first of the reserve. */
    private static MockHttpServletRequestBuilder placed(MockHttpServletRequestBuilder request) {
        return request.with(coordinator()).with(csrf())
                .param("rows[0].candidacyId", VAL.toString()).param("rows[0].place", "LAUREATE")
                .param("rows[0].rank", "").param("rows[0].motivation", " Un projet solide. ")
                .param("rows[1].candidacyId", MORLAIX.toString()).param("rows[1].place", "RESERVE")
                .param("rows[1].rank", "1").param("rows[1].motivation", "En réserve.");
    }
}
