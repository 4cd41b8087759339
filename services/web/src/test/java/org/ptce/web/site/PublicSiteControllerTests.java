package org.ptce.web.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.PublicCall;
import org.ptce.web.api.PublicResults;
import org.ptce.web.api.PublicationApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(PublicSiteController.class)
class PublicSiteControllerTests {

    private static final UUID CALL = UUID.randomUUID();

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private PublicationApi publication;

    private static PublicCall call(Instant deadline, Instant resultsPublishedAt) {
        return new PublicCall(CALL, "AMI PTCE 2027", "Un appel pour les pôles.", deadline, List.of("RTES", "MES"),
                List.of("Statuts", "Budget prévisionnel"), List.of(new PublicCall.Criterion("Ancrage territorial", 3)),
                null, Instant.parse("2027-01-10T09:00:00Z"), resultsPublishedAt);
    }

    @Test
    void anyoneReadsTheOpenCallsWithTheirDeadlineInParisTime() throws Exception {
        given(publication.calls()).willReturn(List.of(call(Instant.parse("2027-03-15T11:00:00Z"), null)));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"fr\"")))
                .andExpect(content().string(containsString("AMI PTCE 2027")))
                .andExpect(content().string(containsString("15 mars 2027 à 12 h 00")))
                .andExpect(content().string(containsString("plus que 14 jours")))
                .andExpect(content().string(containsString("Se connecter")))
                .andExpect(content().string(containsString("Aller au contenu")));
    }

    @Test
    void aCallsPageSaysWhatItAsksFor() throws Exception {
        given(publication.call(CALL)).willReturn(call(Instant.parse("2027-03-15T11:00:00Z"), null));

        mvc.perform(get("/appels/{id}", CALL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un appel pour les pôles.")))
                .andExpect(content().string(containsString("Budget prévisionnel")))
                .andExpect(content().string(containsString("Ancrage territorial")))
                .andExpect(content().string(containsString("Déposer une candidature")));
    }

    @Test
    void aClosedCallWithResultsLinksToThemAndTheirOpenDataFiles() throws Exception {
        given(publication.call(CALL)).willReturn(call(Instant.parse("2027-02-01T11:00:00Z"),
                Instant.parse("2027-02-20T11:00:00Z")));
        given(publication.results(CALL)).willReturn(new PublicResults(CALL, Instant.parse("2027-02-20T11:00:00Z"),
                List.of(new PublicResults.SelectedPtce("LAUREATE", 1, "PTCE Sud Aquitaine", List.of("64102"), "64",
                        "75", List.of("monnaie locale"))), List.of()));

        mvc.perform(get("/appels/{id}", CALL))
                .andExpect(content().string(not(containsString("Déposer une candidature"))))
                .andExpect(content().string(containsString("Voir les résultats")));
        mvc.perform(get("/appels/{id}/resultats", CALL))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("PTCE Sud Aquitaine")))
                .andExpect(content().string(containsString("monnaie locale")))
                .andExpect(content().string(containsString("/appels/" + CALL + "/resultats.csv")))
                .andExpect(content().string(containsString("/appels/" + CALL + "/resultats.json")));
    }

    @Test
    void theResultsDownloadAsTheFilesThePublicationServiceWrites() throws Exception {
        byte[] csv = "liste,rang,nom_ptce\nlaureat,1,PTCE Sud Aquitaine\n".getBytes(StandardCharsets.UTF_8);
        given(publication.resultsFile(CALL, "csv")).willReturn(csv);

        mvc.perform(get("/appels/{id}/resultats.csv", CALL))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().bytes(csv));
    }

    @Test
    void aCallNobodyPublishedIsAFrenchNotFoundPage() throws Exception {
        given(publication.call(CALL)).willThrow(new ApiProblem(HttpStatus.NOT_FOUND, "Not found", null, List.of(),
                null));

        mvc.perform(get("/appels/{id}", CALL))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyAndAReferrerPolicy() throws Exception {
        given(publication.calls()).willReturn(List.of());

        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }
}
