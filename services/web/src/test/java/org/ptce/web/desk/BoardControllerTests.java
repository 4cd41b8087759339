package org.ptce.web.desk;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.desk.DeskFixtures.AQUITAINE;
import static org.ptce.web.desk.DeskFixtures.CALL;
import static org.ptce.web.desk.DeskFixtures.MORLAIX;
import static org.ptce.web.desk.DeskFixtures.VAL;
import static org.ptce.web.desk.DeskFixtures.call;
import static org.ptce.web.desk.DeskFixtures.coordinator;
import static org.ptce.web.desk.DeskFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(BoardController.class)
class BoardControllerTests {

    private static final String BOARD = "/coordination/appels/" + CALL + "/suivi";

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
        given(workflow.board(eq(CALL), any())).willReturn(board(0, 3, List.of(
                new WorkflowApi.BoardRow(VAL, "PTCE du Val", "CheckAdmissibility", "Vérifier la recevabilité",
                        "COORDINATORS", "coordinateurs", "holder-1", List.of(), List.of(),
                        Instant.parse("2027-02-10T09:00:00Z"), Instant.parse("2027-02-10T09:00:00Z"), null, false,
                        null, null),
                new WorkflowApi.BoardRow(MORLAIX, "PTCE Pays de Morlaix", "AwaitCompletion",
                        "Attendre les compléments", "HOLDER", "porteur holder-2", "holder-2", List.of(), List.of(),
                        Instant.parse("2027-02-11T09:00:00Z"), Instant.parse("2027-02-14T10:00:00Z"),
                        Instant.parse("2027-02-28T11:00:00Z"), true, null, null),
                new WorkflowApi.BoardRow(AQUITAINE, "PTCE Sud Aquitaine", "AwaitReview", "Évaluation par le comité",
                        "REVIEWERS", "évaluateurs reviewer-rtes", "holder-3", List.of("reviewer-rtes"),
                        List.of("MES"), Instant.parse("2027-02-12T09:00:00Z"),
                        Instant.parse("2027-02-20T08:00:00Z"), Instant.parse("2027-03-06T08:00:00Z"), false, null,
                        null))));
        given(review.members("RTES")).willReturn(List.of(new ReviewDeskApi.CommitteeMember("reviewer-rtes",
                "Martine Roussel", "RTES", "REVIEWER")));
        given(review.members("MES")).willReturn(List.of());
    }

    @Test
    void theBoardCountsTheCandidaciesByStageAndSaysWhoEachWaitsOnSinceWhen() throws Exception {
        mvc.perform(get(BOARD).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Suivi des candidatures</h1>")))
                .andExpect(content().string(containsString("3 candidatures déposées à cet appel, dont 1 en retard.")))
                .andExpect(content().string(containsString("<span class=\"count\">1</span> <span>Recevabilité à "
                        + "vérifier</span>")))
                .andExpect(content().string(containsString("<span class=\"count\">0</span> <span>Décision publiée"
                        + "</span>")))
                .andExpect(content().string(containsString("href=\"/coordination/candidatures/" + VAL
                        + "\">PTCE du Val</a>")))
                .andExpect(content().string(containsString("<td>la coordination</td>")))
                .andExpect(content().string(containsString("<td>le porteur du projet, jusqu&#39;au 28 février 2027 "
                        + "à 12 h 00</td>")))
                .andExpect(content().string(containsString("<td>Martine Roussel (RTES) ; sans évaluateur·rice : "
                        + "MES (à affecter par la coordination)</td>")))
                .andExpect(content().string(containsString("14 février 2027 à 11 h 00")))
                .andExpect(content().string(containsString("<strong class=\"flag\">en retard</strong>")))
                .andExpect(content().string(containsString("(ordre de dépôt)</caption>")))
                .andExpect(content().string(not(containsString("Page suivante"))));
    }

    @Test
    void theBoardIsSortedAsAskedAndSaysSoInItsCaption() throws Exception {
        mvc.perform(get(BOARD).with(coordinator()).param("sort", "DUE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"DUE\" selected=\"selected\">")))
                .andExpect(content().string(containsString("(échéance la plus proche d&#39;abord)</caption>")));
        verify(workflow).board(CALL, new WorkflowApi.BoardQuery(0, 50, null, null, false, null, "DUE"));
    }

    @Test
    void theFiltersGoToTheServiceFromTheAddressFiftyCandidaciesAPage() throws Exception {
        given(workflow.board(eq(CALL), any())).willReturn(board(1, 120, List.of()));

        mvc.perform(get(BOARD).with(coordinator()).param("stage", "AwaitReview").param("network", "MES")
                        .param("overdue", "true").param("outcome", "").param("sort", "WAITING").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("page 2 sur 3")))
                .andExpect(content().string(containsString("href=\"/coordination/appels/" + CALL
                        + "/suivi?stage=AwaitReview&amp;network=MES&amp;overdue=true&amp;sort=WAITING&amp;page=3\"")))
                .andExpect(content().string(containsString("<option value=\"WAITING\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<option value=\"AwaitReview\" selected=\"selected\">")))
                .andExpect(content().string(containsString("Retirer les filtres")));
        verify(workflow).board(CALL, new WorkflowApi.BoardQuery(1, 50, "AwaitReview", "MES", true, null, "WAITING"));
    }

    @Test
    void aFilterTheAddressGetsWrongIsLeftOut() throws Exception {
        mvc.perform(get(BOARD).with(coordinator()).param("stage", "Nowhere").param("network", "XYZ")
                        .param("outcome", "MAYBE").param("sort", "SIDEWAYS").param("page", "deux"))
                .andExpect(status().isOk());
        verify(workflow).board(CALL, new WorkflowApi.BoardQuery(0, 50, null, null, false, null, null));
    }

    @Test
    void aPagePastTheEndLeadsToTheLastPage() throws Exception {
        given(workflow.board(eq(CALL), any())).willReturn(board(5, 60, List.of()));

        mvc.perform(get(BOARD).with(coordinator()).param("stage", "Decided").param("page", "6"))
                .andExpect(redirectedUrl("/coordination/appels/" + CALL + "/suivi?stage=Decided&page=2"));
    }

    @Test
    void aBoardWithoutReviewersToNameAsksNoRoster() throws Exception {
        given(workflow.board(eq(CALL), any())).willReturn(board(0, 0, List.of()));

        mvc.perform(get(BOARD).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune candidature ne correspond à ces critères.")));
        verify(review, never()).members(any());
    }

    @Test
    void onlyCoordinatorsSeeTheBoard() throws Exception {
        for (String role : List.of("HOLDER", "REVIEWER", "NETWORK_DELEGATE")) {
            mvc.perform(get(BOARD).with(signedIn(role, "Quelqu'un"))).andExpect(status().isForbidden());
        }
    }

    private static WorkflowApi.Board board(int page, long total, List<WorkflowApi.BoardRow> rows) {
        Map<String, Long> stages = new LinkedHashMap<>();
        Desk.STAGES.keySet().forEach(stage -> stages.put(stage, 0L));
        stages.put("CheckAdmissibility", 1L);
        stages.put("AwaitCompletion", 1L);
        stages.put("AwaitReview", 1L);
        return new WorkflowApi.Board(CALL, rows, page, 50, total, 3, stages, 1);
    }
}
