package org.ptce.web.desk;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.ptce.web.desk.DeskFixtures.CALL;
import static org.ptce.web.desk.DeskFixtures.call;
import static org.ptce.web.desk.DeskFixtures.coordinator;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The call's board offers the call's exports for the committee's meetings. */
@WebPageTest(BoardController.class)
class BoardExportLinksTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @MockitoBean
    private WorkflowApi workflow;

    @MockitoBean
    private ReviewDeskApi review;

    @Test
    void theBoardLinksTheFourExportsSayingTheirFormatAndWhatTheyHold() throws Exception {
        given(applications.call(CALL)).willReturn(call());
        given(workflow.board(eq(CALL), any())).willReturn(new WorkflowApi.Board(CALL, List.of(), 0, 50, 0, 0,
                Map.of(), 0));
        String export = "/coordination/appels/" + CALL + "/export/";

        mvc.perform(get("/coordination/appels/" + CALL + "/suivi").with(coordinator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"export-title\">Exporter</h2>")))
                .andExpect(content().string(containsString("id=\"export-candidacies-csv\" href=\"" + export
                        + "candidatures.csv\"")))
                .andExpect(content().string(containsString("download>Télécharger les candidatures au format CSV</a>")))
                .andExpect(content().string(containsString("id=\"export-candidacies-xlsx\" href=\"" + export
                        + "candidatures.xlsx\"")))
                .andExpect(content().string(containsString(
                        "download>Télécharger les candidatures au format Excel (XLSX)</a>")))
                .andExpect(content().string(containsString("id=\"export-evaluations-csv\" href=\"" + export
                        + "evaluations.csv\"")))
                .andExpect(content().string(containsString("download>Télécharger les évaluations au format CSV</a>")))
                .andExpect(content().string(containsString("id=\"export-evaluations-xlsx\" href=\"" + export
                        + "evaluations.xlsx\"")))
                .andExpect(content().string(containsString(
                        "download>Télécharger les évaluations au format Excel (XLSX)</a>")));
    }
}
