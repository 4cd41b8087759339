package org.ptce.web.reviewer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.reviewer.ReviewerFixtures.CANDIDACY;
import static org.ptce.web.reviewer.ReviewerFixtures.assignment;
import static org.ptce.web.reviewer.ReviewerFixtures.deadlinePassed;
import static org.ptce.web.reviewer.ReviewerFixtures.dossier;
import static org.ptce.web.reviewer.ReviewerFixtures.person;
import static org.ptce.web.reviewer.ReviewerFixtures.problem;
import static org.ptce.web.reviewer.ReviewerFixtures.reviewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest({EvaluationController.class, DeclarationController.class})
@Import(ReviewerPages.class)
class DeclarationControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ReviewApi review;

    @MockitoBean
    private ApplicationsApi applications;

    @BeforeEach
    void services() {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("TO_DECLARE"));
        given(applications.candidacy(CANDIDACY)).willReturn(dossier());
    }

    @Test
    void aCandidacyOpensOnTheDeclarationWithTheMembersNamesAndSiretsAndNotTheDossier() throws Exception {
        mvc.perform(get("/evaluations/{id}", CANDIDACY).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Déclaration de conflit d'intérêts")))
                .andExpect(content().string(containsString("<th scope=\"row\">Menuiserie Etxea</th>")))
                .andExpect(content().string(containsString("<td>73282932000074</td>")))
                .andExpect(content().string(containsString("<td>Collectivité territoriale</td>")))
                .andExpect(content().string(containsString("15 mars 2027 à 12 h 00")))
                .andExpect(content().string(containsString("Je déclare n'avoir aucun conflit d'intérêts")))
                .andExpect(content().string(containsString("<label for=\"conflict-reason\">")))
                .andExpect(content().string(not(containsString("Faire circuler l&#39;eusko."))))
                .andExpect(content().string(not(containsString("evaluation-form"))));
        verify(applications, never()).documents(any());
        verify(review, never()).call(any());
    }

    @Test
    void declaringNoConflictOpensTheDossierAndTheGrid() throws Exception {
        mvc.perform(post("/evaluations/{id}/impartialite", CANDIDACY).with(reviewer()).with(csrf()))
                .andExpect(redirectedUrl("/evaluations/" + CANDIDACY))
                .andExpect(flash().attribute("message", containsString("aucun conflit d'intérêts")));
        verify(review).declareImpartiality(CANDIDACY);
    }

    @Test
    void declaringAConflictWithItsReasonTakesTheCandidacyOffTheListAndSaysWhereItGoes() throws Exception {
        mvc.perform(post("/evaluations/{id}/conflit", CANDIDACY).with(reviewer()).with(csrf())
                        .param("reason", "Je siège au conseil d'administration de la Coopérative Txirrina"))
                .andExpect(redirectedUrl("/evaluations"))
                .andExpect(flash().attribute("message", containsString("Conflit d'intérêts déclaré pour "
                        + "« PTCE Sud Aquitaine » : la candidature est confiée à un autre évaluateur")))
                .andExpect(flash().attribute("message", containsString("à la coordination")));
        verify(review).declareConflict(CANDIDACY, "Je siège au conseil d'administration de la Coopérative Txirrina");
    }

    @Test
    void aConflictWithoutAReasonIsRefusedAtTheReasonField() throws Exception {
        willThrow(problem(HttpStatus.BAD_REQUEST, new ApiProblem.FieldProblem("reason", "must not be blank")))
                .given(review).declareConflict(eq(CANDIDACY), anyString());

        mvc.perform(post("/evaluations/{id}/conflit", CANDIDACY).with(reviewer()).with(csrf()).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"err-conflict-reason\">Indiquez la raison du conflit "
                        + "d&#39;intérêts : elle est gardée pour la coordination.</p>")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("<th scope=\"row\">Coopérative Txirrina</th>")));
    }

    @Test
    void aConflictAfterTheReviewDeadlineIsRefusedWithTheDeadlineInFrench() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("DRAFT"));
        willThrow(deadlinePassed()).given(review).declareConflict(eq(CANDIDACY), anyString());

        mvc.perform(post("/evaluations/{id}/conflit", CANDIDACY).with(reviewer()).with(csrf())
                        .param("reason", "Découvert trop tard"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date limite d&#39;évaluation est passée (elle était "
                        + "fixée au 28 février 2027 à 12 h 00)")))
                .andExpect(content().string(containsString("Découvert trop tard")));
    }

    @Test
    void aConflictFoundAfterDeclaringNoneHasItsOwnPageUntilTheEvaluationIsSubmitted() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("DRAFT"));
        mvc.perform(get("/evaluations/{id}/conflit", CANDIDACY).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"declare-conflict\"")));

        given(review.myAssignment(CANDIDACY)).willReturn(assignment("SUBMITTED"));
        mvc.perform(get("/evaluations/{id}/conflit", CANDIDACY).with(reviewer()))
                .andExpect(redirectedUrl("/evaluations/" + CANDIDACY))
                .andExpect(flash().attribute("error", containsString("Votre évaluation est soumise")));
    }

    @Test
    void declarationsWithoutTheFormsTokenAreRefused() throws Exception {
        mvc.perform(post("/evaluations/{id}/impartialite", CANDIDACY).with(reviewer()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evaluations/{id}/conflit", CANDIDACY).with(reviewer()).param("reason", "Un lien"))
                .andExpect(status().isForbidden());
        verify(review, never()).declareImpartiality(any());
        verify(review, never()).declareConflict(any(), any());
    }

    @Test
    void onlyReviewersDeclare() throws Exception {
        mvc.perform(get("/evaluations/{id}", CANDIDACY).with(person("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/evaluations/{id}/impartialite", CANDIDACY).with(person("NETWORK_DELEGATE")).with(csrf()))
                .andExpect(status().isForbidden());
        verify(review, never()).declareImpartiality(any());
    }

    @Test
    void aCandidacyNotAssignedToTheReviewerIsAFrenchNotFoundPage() throws Exception {
        given(review.myAssignment(CANDIDACY)).willThrow(problem(HttpStatus.NOT_FOUND));

        mvc.perform(get("/evaluations/{id}", CANDIDACY).with(reviewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
    }
}
