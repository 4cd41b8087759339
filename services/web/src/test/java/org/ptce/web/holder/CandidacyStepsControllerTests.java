package org.ptce.web.holder;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.holder.HolderFixtures.CALL;
import static org.ptce.web.holder.HolderFixtures.CANDIDACY;
import static org.ptce.web.holder.HolderFixtures.call;
import static org.ptce.web.holder.HolderFixtures.candidacy;
import static org.ptce.web.holder.HolderFixtures.eligibility;
import static org.ptce.web.holder.HolderFixtures.holder;
import static org.ptce.web.holder.HolderFixtures.noDocuments;
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
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(CandidacyStepsController.class)
@Import(HolderPages.class)
class CandidacyStepsControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ApplicationsApi applications;

    @BeforeEach
    void services() {
        given(applications.call(CALL)).willReturn(call());
        given(applications.candidacy(CANDIDACY)).willReturn(candidacy("DRAFT"));
        given(applications.eligibility(CANDIDACY)).willReturn(eligibility(false));
        given(applications.documents(CANDIDACY)).willReturn(noDocuments());
    }

    @Test
    void theSummaryListsWhatIsStillMissingBeforeSubmitting() throws Exception {
        mvc.perform(get("/candidatures/{id}/soumission", CANDIDACY).with(holder()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le PTCE regroupe au moins trois personnes morales.")))
                .andExpect(content().string(containsString("Budget")))
                .andExpect(content().string(containsString("Statuts")))
                .andExpect(content().string(containsString("Soumettre la candidature")));
    }

    @Test
    void submittingAsksForAConfirmationFirst() throws Exception {
        mvc.perform(post("/candidatures/{id}/soumission", CANDIDACY).with(holder()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cochez la case pour confirmer")));
        verify(applications, never()).submit(CANDIDACY);
    }

    @Test
    void aConfirmedSubmissionLeadsToTheReceiptWithItsDateAndTime() throws Exception {
        given(applications.submit(CANDIDACY)).willReturn(candidacy("SUBMITTED"));

        mvc.perform(post("/candidatures/{id}/soumission", CANDIDACY).with(holder()).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/candidatures/" + CANDIDACY + "/recepisse"));

        given(applications.candidacy(CANDIDACY)).willReturn(candidacy("SUBMITTED"));
        mvc.perform(get("/candidatures/{id}/recepisse", CANDIDACY).with(holder()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Récépissé de dépôt")))
                .andExpect(content().string(containsString("1 mars 2027 à 10 h 45".replace("1 mars", "1er mars"))));
    }

    @Test
    void aSubmissionAfterTheDeadlineSaysSoPlainlyInFrench() throws Exception {
        Instant deadline = Instant.parse("2027-02-28T11:00:00Z");
        given(applications.submit(CANDIDACY)).willThrow(new ApiProblem(HttpStatus.CONFLICT, "Deadline passed",
                "The submission deadline has passed", List.of(), deadline));

        mvc.perform(post("/candidatures/{id}/soumission", CANDIDACY).with(holder()).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date limite de dépôt est passée (elle était fixée au "
                        + "28 février 2027 à 12 h 00)")));
    }

    @Test
    void withdrawingAsksForAConfirmationThenWithdraws() throws Exception {
        mvc.perform(get("/candidatures/{id}/retrait", CANDIDACY).with(holder()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Retirer définitivement la candidature")));
        given(applications.withdraw(CANDIDACY)).willReturn(candidacy("WITHDRAWN"));

        mvc.perform(post("/candidatures/{id}/retrait", CANDIDACY).with(holder()).with(csrf()))
                .andExpect(redirectedUrl("/candidatures/" + CANDIDACY))
                .andExpect(flash().attribute("message", "Votre candidature est retirée."));
        verify(applications).withdraw(CANDIDACY);
    }
}
