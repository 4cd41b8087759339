package org.ptce.web.reviewer;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.any;
import static org.ptce.web.reviewer.ReviewerFixtures.CANDIDACY;
import static org.ptce.web.reviewer.ReviewerFixtures.DOCUMENT;
import static org.ptce.web.reviewer.ReviewerFixtures.person;
import static org.ptce.web.reviewer.ReviewerFixtures.problem;
import static org.ptce.web.reviewer.ReviewerFixtures.reviewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Documents;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(DossierDocumentsController.class)
class DossierDocumentsControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @Test
    void anAssignedReviewerDownloadsADocumentOfTheDossierAsAPdf() throws Exception {
        given(applications.download(CANDIDACY, DOCUMENT)).willReturn(new Documents.Download("statuts.pdf",
                "%PDF-1.7".getBytes()));

        mvc.perform(get("/evaluations/{id}/documents/{doc}", CANDIDACY, DOCUMENT).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("statuts.pdf")));
    }

    @Test
    void aDocumentTheServiceDoesNotShowTheReviewerIsTheFrenchNotFoundPage() throws Exception {
        given(applications.download(CANDIDACY, DOCUMENT)).willThrow(problem(HttpStatus.NOT_FOUND));

        mvc.perform(get("/evaluations/{id}/documents/{doc}", CANDIDACY, DOCUMENT).with(reviewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }

    @Test
    void onlyReviewersDownloadFromTheirEvaluations() throws Exception {
        mvc.perform(get("/evaluations/{id}/documents/{doc}", CANDIDACY, DOCUMENT).with(person("HOLDER")))
                .andExpect(status().isForbidden());
        verify(applications, never()).download(any(), any());
    }
}
