package org.ptce.web.holder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.ptce.web.holder.HolderFixtures.CALL;
import static org.ptce.web.holder.HolderFixtures.CANDIDACY;
import static org.ptce.web.holder.HolderFixtures.call;
import static org.ptce.web.holder.HolderFixtures.candidacy;
import static org.ptce.web.holder.HolderFixtures.holder;
import static org.ptce.web.holder.HolderFixtures.noDocuments;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Documents;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(CandidacyDocumentsController.class)
@Import(HolderPages.class)
class CandidacyDocumentsControllerTests {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes();

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @BeforeEach
    void services() {
        given(applications.call(CALL)).willReturn(call());
        given(applications.candidacy(CANDIDACY)).willReturn(candidacy("DRAFT"));
        given(applications.documents(CANDIDACY)).willReturn(noDocuments());
    }

    @Test
    void aDocumentIsForwardedAsPickedAndTheDossierShownAgain() throws Exception {
        mvc.perform(multipart("/candidatures/{id}/documents", CANDIDACY)
                        .file(new MockMultipartFile("file", "statuts.pdf", "application/pdf", PDF))
                        .param("label", "Statuts").with(holder()).with(csrf()))
                .andExpect(redirectedUrl("/candidatures/" + CANDIDACY + "#documents"));
        verify(applications).attach(CANDIDACY, "Statuts", "statuts.pdf", "application/pdf", PDF);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedInFrenchAtTheFileField() throws Exception {
        given(applications.attach(eq(CANDIDACY), any(), any(), any(), any())).willThrow(new ApiProblem(
                HttpStatus.UNPROCESSABLE_ENTITY, "Invalid request", null, List.of(new ApiProblem.FieldProblem("file",
                        "must be a PDF document (application/pdf)")), null));

        mvc.perform(multipart("/candidatures/{id}/documents", CANDIDACY)
                        .file(new MockMultipartFile("file", "photo.png", "image/png", new byte[] {1, 2}))
                        .param("label", "Statuts").with(holder()).with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"err-document-file\" tabindex=\"-1\">Seuls les documents PDF sont acceptés.")))
                .andExpect(content().string(containsString("value=\"Statuts\"")));
    }

    @Test
    void aFileOverTheServicesLimitIsRefusedWithTheLimit() throws Exception {
        given(applications.attach(eq(CANDIDACY), any(), any(), any(), any())).willThrow(new ApiProblem(
                HttpStatus.PAYLOAD_TOO_LARGE, "Request too large", null, List.of(new ApiProblem.FieldProblem("file",
                        "is larger than the limit")), null));

        mvc.perform(multipart("/candidatures/{id}/documents", CANDIDACY)
                        .file(new MockMultipartFile("file", "gros.pdf", "application/pdf", PDF))
                        .param("label", "Budget").with(holder()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier dépasse 10 Mo")));
    }

    @Test
    void aDownloadIsAPdfWhoseNameIsWrittenAnew() throws Exception {
        var document = UUID.randomUUID();
        given(applications.download(CANDIDACY, document)).willReturn(new Documents.Download("statuts\r\nX: y.pdf",
                PDF));

        mvc.perform(get("/candidatures/{id}/documents/{doc}", CANDIDACY, document).with(holder()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", not(containsString("\n"))))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void noFileChosenIsSaidAtTheFileField() throws Exception {
        mvc.perform(multipart("/candidatures/{id}/documents", CANDIDACY).param("label", "Statuts")
                        .with(holder()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez un fichier PDF.")));
    }
}
