package org.ptce.web.process;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.process.ProcessFixtures.CALL;
import static org.ptce.web.process.ProcessFixtures.call;
import static org.ptce.web.process.ProcessFixtures.coordinator;
import static org.ptce.web.process.ProcessFixtures.signedIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

@WebPageTest(ProcessController.class)
class ProcessControllerTests {

    private static final String PROCESS = "/coordination/appels/" + CALL + "/processus";

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
        given(workflow.process(CALL)).willReturn(ProcessFixtures.process());
        given(review.leadTimes(CALL)).willReturn(ProcessFixtures.leadTimes());
    }

    @Test
    void theModelsDiagramIsDrawnWithTheCountOfEachStepAndAnAccessibleName() throws Exception {
        mvc.perform(get(PROCESS).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Le processus</h1>")))
                .andExpect(content().string(containsString("aria-current=\"page\">Le processus</a>")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("aria-label=\"Le processus d'une candidature, de "
                        + "son dépôt à la décision, avec le nombre de candidatures à chaque étape\"")))
                .andExpect(content().string(containsString("aria-describedby=\"process-summary\"")))
                .andExpect(content().string(containsString("<p id=\"process-summary\">8 candidatures déposées : 3 en "
                        + "attente à l&#39;étape « Vérifier la recevabilité », 2 en attente à l&#39;étape « Évaluation "
                        + "par le comité », 1 terminée à « Décision publiée », 2 terminées à « Irrecevable ».</p>")))
                .andExpect(content().string(containsString("viewBox=\"103 38 671 416\"")))
                // A task: a rounded rectangle at the model's coordinates, its name on two lines.
                .andExpect(content().string(containsString("<rect class=\"shape task usertask\" rx=\"10\" x=\"240\" "
                        + "y=\"160\" width=\"130\" height=\"80\"/>")))
                .andExpect(content().string(containsString(">Vérifier la</text>")))
                .andExpect(content().string(containsString(">recevabilité</text>")))
                // An event: a circle; a gateway: a diamond; a non-interrupting boundary event: dashed, doubled.
                .andExpect(content().string(containsString("<circle class=\"shape event end\" cx=\"718\" cy=\"200\" "
                        + "r=\"18\"/>")))
                .andExpect(content().string(containsString("<polygon class=\"shape gateway exclusivegateway\" "
                        + "points=\"445,175 470,200 445,225 420,200\"/>")))
                .andExpect(content().string(containsString("class=\"shape event intermediate dashed inner\"")))
                .andExpect(content().string(containsString("<rect class=\"shape subprocess subprocess dashed\"")))
                // A flow: a polyline ending in an arrowhead, with its name.
                .andExpect(content().string(containsString("marker-end=\"url(#process-arrow)\" "
                        + "points=\"470,200 520,200\"/>")))
                .andExpect(content().string(containsString(">oui</text>")))
                // The badges: filled for those waiting, outlined for those ended.
                .andExpect(content().string(containsString("<g class=\"badge waiting\" "
                        + "data-activity-id=\"CheckAdmissibility\">")))
                .andExpect(content().string(containsString("<g class=\"badge waiting\" "
                        + "data-activity-id=\"AwaitReview\">")))
                .andExpect(content().string(containsString("<g class=\"badge ended\" "
                        + "data-activity-id=\"Inadmissible\">")))
                .andExpect(content().string(containsString("<g class=\"badge ended\" "
                        + "data-activity-id=\"Withdrawn\">")))
                .andExpect(content().string(not(containsString("data-activity-id=\"AdmissibilityDecision\"><rect"))))
                .andExpect(content().string(containsString("<text x=\"366\" y=\"168.5\">3</text>")))
                .andExpect(content().string(containsString(">Recevable ?</text>")));
    }

    @Test
    void theSameFactsAreInATableForThoseWhoDoNotSeeThePicture() throws Exception {
        mvc.perform(get(PROCESS).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>Les candidatures à chaque étape et à chaque "
                        + "fin, et la durée des passages par chaque étape</caption>")))
                .andExpect(content().string(containsString("<th scope=\"col\">En attente maintenant</th>")))
                .andExpect(content().string(containsString("<tr data-activity-id=\"CheckAdmissibility\">\n"
                        + "        <th scope=\"row\">Vérifier la recevabilité</th>\n        <td>3</td>\n"
                        + "        <td>—</td>\n        <td>2 j 4 h</td>\n        <td>5 j</td>\n        <td>12</td>")))
                .andExpect(content().string(containsString("<tr data-activity-id=\"Inadmissible\">\n"
                        + "        <th scope=\"row\">Irrecevable</th>\n        <td>—</td>\n        <td>2</td>")))
                .andExpect(content().string(not(containsString("<tr data-activity-id=\"AdmissibilityDecision\">"))));
    }

    @Test
    void theLeadTimesAreBarsPerStageAndPerNetworkWithTheirNumbersInFrench() throws Exception {
        mvc.perform(get(PROCESS).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"lead-times-title\">Les délais</h2>")))
                .andExpect(content().string(containsString("médiane 2 j 4 h, la plus lente 5 j (12 passages "
                        + "terminés)")))
                .andExpect(content().string(containsString("médiane 35 min, la plus lente 3 h 15 min (4 passages "
                        + "terminés)")))
                // On one scale, the slowest (5 days) filling it: 52 hours is 433 of 1000.
                .andExpect(content().string(containsString("<rect class=\"lead-median\" x=\"0\" y=\"4\" "
                        + "height=\"16\" width=\"433\"/>")))
                .andExpect(content().string(containsString("<rect class=\"lead-slowest\" y=\"0\" width=\"6\" "
                        + "height=\"24\" x=\"994\"/>")))
                .andExpect(content().string(containsString("<span class=\"lead-label\">RTES</span>")))
                .andExpect(content().string(containsString("médiane 1 j 2 h, la plus lente 3 j (4 évaluations "
                        + "remises sur 6 affectées)")))
                .andExpect(content().string(containsString("<span class=\"lead-label\">MES</span>")))
                .andExpect(content().string(containsString("<span class=\"lead-numbers\">aucune évaluation "
                        + "affectée</span>")));
    }

    @Test
    void aCallWithoutCandidaciesShowsTheProcessAlone() throws Exception {
        given(workflow.process(CALL)).willReturn(ProcessFixtures.noCandidacy());

        mvc.perform(get(PROCESS).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"process-empty\"")))
                .andExpect(content().string(containsString("Aucune candidature n&#39;a encore été déposée à cet "
                        + "appel.")))
                .andExpect(content().string(containsString("<svg id=\"process-diagram\"")))
                .andExpect(content().string(not(containsString("class=\"badge"))))
                .andExpect(content().string(not(containsString("id=\"process-steps\""))))
                .andExpect(content().string(not(containsString("id=\"lead-times\""))));
        verify(review, never()).leadTimes(any());
    }

    @Test
    void aCallTheCommitteeDoesNotReviewYetHasNoNetworkLeadTimes() throws Exception {
        given(review.leadTimes(CALL)).willThrow(new ApiProblem(HttpStatus.NOT_FOUND, "Not found", null, List.of(),
                null));

        mvc.perform(get(PROCESS).with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun réseau n'a encore d'évaluation à faire "
                        + "pour cet appel.")))
                .andExpect(content().string(containsString("médiane 2 j 4 h")));
    }

    @Test
    void onlyCoordinatorsSeeTheProcess() throws Exception {
        for (String role : List.of("HOLDER", "REVIEWER", "NETWORK_DELEGATE")) {
            mvc.perform(get(PROCESS).with(signedIn(role, "Quelqu'un"))).andExpect(status().isForbidden());
        }
        verify(workflow, never()).process(any());
    }
}
