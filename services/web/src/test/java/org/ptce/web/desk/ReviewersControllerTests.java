package org.ptce.web.desk;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.desk.DeskFixtures.CALL;
import static org.ptce.web.desk.DeskFixtures.VAL;
import static org.ptce.web.desk.DeskFixtures.call;
import static org.ptce.web.desk.DeskFixtures.coordinator;
import static org.ptce.web.desk.DeskFixtures.signedIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

@WebPageTest(ReviewersController.class)
class ReviewersControllerTests {

    private static final String PAGE = "/coordination/appels/" + CALL + "/evaluateurs";

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @MockitoBean
    private ReviewDeskApi review;

    @MockitoBean
    private WorkflowApi workflow;

    @BeforeEach
    void services() {
        given(applications.call(CALL)).willReturn(call());
        given(review.uncovered(CALL)).willReturn(List.of(new ReviewDeskApi.UncoveredCandidacy(VAL, "PTCE du Val",
                Set.of("MES"))));
        given(review.members("MES")).willReturn(List.of(
                new ReviewDeskApi.CommitteeMember("reviewer-mes", "Yann Le Goff", "MES", "REVIEWER"),
                new ReviewDeskApi.CommitteeMember("delegate-mes", "Anne Délégué", "MES", "NETWORK_DELEGATE")));
        given(workflow.board(eq(CALL), any())).willReturn(late(List.of()));
    }

    @Test
    void theOverdueEvaluationsAreListedWithTheirReviewersTheOldestReminderFirst() throws Exception {
        given(review.members("RTES")).willReturn(List.of(new ReviewDeskApi.CommitteeMember("reviewer-rtes",
                "Martine Roussel", "RTES", "REVIEWER")));
        given(workflow.board(eq(CALL), any())).willReturn(late(List.of(new WorkflowApi.BoardRow(VAL, "PTCE du Val",
                "AwaitReview", "Évaluation par le comité", "REVIEWERS", "évaluateurs reviewer-rtes", "holder-1",
                List.of("reviewer-rtes"), List.of(), Instant.parse("2027-02-12T09:00:00Z"),
                Instant.parse("2027-02-20T08:00:00Z"), Instant.parse("2027-02-27T08:00:00Z"), true, null, null))));

        mvc.perform(get(PAGE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"late-title\">Les évaluations en retard</h2>")))
                .andExpect(content().string(containsString("<td>Martine Roussel (RTES)</td>")))
                .andExpect(content().string(containsString("27 février 2027")));
        verify(workflow).board(CALL, new WorkflowApi.BoardQuery(0, 50, "AwaitReview", null, true, null, "DUE"));
    }

    @Test
    void noOverdueEvaluationIsSaidSoWithoutAskingTheRosters() throws Exception {
        mvc.perform(get(PAGE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune évaluation n'a passé sa date de relance.")));
        verify(review, never()).members("RTES");
    }

    private static WorkflowApi.Board late(List<WorkflowApi.BoardRow> rows) {
        return new WorkflowApi.Board(CALL, rows, 0, 50, rows.size(), 3, Map.of(), rows.size());
    }

    @Test
    void eachNetworkWithoutReviewerCanBeGivenOneOfItsReviewers() throws Exception {
        mvc.perform(get(PAGE).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 candidature attend un·e évaluateur·rice.")))
                .andExpect(content().string(containsString("<label for=\"reviewer-" + VAL + "-MES\">Évaluateur·rice "
                        + "MES pour PTCE du Val</label>")))
                .andExpect(content().string(containsString("<option value=\"reviewer-mes\">Yann Le Goff</option>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Anne Délégué"))))
                .andExpect(content().string(containsString("Affecter")));
    }

    @Test
    void givingAReviewerSendsItAndSaysSo() throws Exception {
        mvc.perform(post(PAGE + "/{id}", VAL).with(coordinator()).with(csrf()).param("network", "MES")
                        .param("reviewerId", "reviewer-mes"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("message", "Yann Le Goff évalue désormais la candidature pour MES."));
        verify(review).assign(VAL, "reviewer-mes");
    }

    @Test
    void aReviewerWithAConflictOfInterestIsRefusedAtTheChoice() throws Exception {
        willThrow(new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "Invalid", null, List.of(
                new ApiProblem.FieldProblem("reviewerId", "has a conflict of interest with the candidacy")), null))
                .given(review).assign(any(), any());

        mvc.perform(post(PAGE + "/{id}", VAL).with(coordinator()).with(csrf()).param("network", "MES")
                        .param("reviewerId", "reviewer-mes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"field-error\" id=\"err-reviewer-" + VAL
                        + "-MES\">Cette personne a un conflit d&#39;intérêts avec la candidature : choisissez-en une "
                        + "autre.</p>")))
                .andExpect(content().string(containsString("selected=\"selected\">Yann Le Goff</option>")));
    }

    @Test
    void noReviewerChosenIsRefusedWithoutAskingTheService() throws Exception {
        mvc.perform(post(PAGE + "/{id}", VAL).with(coordinator()).with(csrf()).param("network", "MES"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez l&#39;évaluateur·rice à affecter.")));
        verify(review, never()).assign(any(), any());
    }

    @Test
    void aNetworkCoveredMeanwhileOrAReviewOverIsSaidInFrench() throws Exception {
        willThrow(new ApiProblem(HttpStatus.CONFLICT, "Conflict", "MES has a reviewer already", List.of(), null))
                .given(review).assign(any(), any());

        mvc.perform(post(PAGE + "/{id}", VAL).with(coordinator()).with(csrf()).param("network", "MES")
                        .param("reviewerId", "reviewer-mes"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("error", containsString("n'attend plus d'évaluateur·rice")));

        willThrow(new ApiProblem(HttpStatus.CONFLICT, "Deadline passed", null, List.of(),
                Instant.parse("2027-03-31T10:00:00Z"))).given(review).assign(any(), any());
        mvc.perform(post(PAGE + "/{id}", VAL).with(coordinator()).with(csrf()).param("network", "MES")
                        .param("reviewerId", "reviewer-mes"))
                .andExpect(flash().attribute("error", containsString("31 mars 2027 à 12 h 00")));
    }

    @Test
    void onlyCoordinatorsGiveReviewers() throws Exception {
        for (String role : List.of("HOLDER", "REVIEWER")) {
            mvc.perform(get(PAGE).with(signedIn(role, "Quelqu'un"))).andExpect(status().isForbidden());
            mvc.perform(post(PAGE + "/{id}", VAL).with(signedIn(role, "Quelqu'un")).with(csrf())
                    .param("network", "MES").param("reviewerId", "x")).andExpect(status().isForbidden());
        }
        verify(review, never()).assign(any(), any());
    }
}
