package org.ptce.web.reviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.reviewer.ReviewerFixtures.CALL;
import static org.ptce.web.reviewer.ReviewerFixtures.CANDIDACY;
import static org.ptce.web.reviewer.ReviewerFixtures.DOCUMENT;
import static org.ptce.web.reviewer.ReviewerFixtures.REVIEWER;
import static org.ptce.web.reviewer.ReviewerFixtures.assignment;
import static org.ptce.web.reviewer.ReviewerFixtures.call;
import static org.ptce.web.reviewer.ReviewerFixtures.deadlinePassed;
import static org.ptce.web.reviewer.ReviewerFixtures.documents;
import static org.ptce.web.reviewer.ReviewerFixtures.dossier;
import static org.ptce.web.reviewer.ReviewerFixtures.draft;
import static org.ptce.web.reviewer.ReviewerFixtures.evaluation;
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

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Evaluation;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebPageTest(EvaluationController.class)
@Import(ReviewerPages.class)
class EvaluationControllerTests {

    private static final Instant SUBMITTED = Instant.parse("2027-02-23T08:00:00Z");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ReviewApi review;

    @MockitoBean
    private ApplicationsApi applications;

    @BeforeEach
    void services() {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("TO_EVALUATE"));
        given(review.call(CALL)).willReturn(call());
        given(review.myEvaluation(CANDIDACY)).willThrow(problem(HttpStatus.NOT_FOUND));
        given(applications.candidacy(CANDIDACY)).willReturn(dossier());
        given(applications.documents(CANDIDACY)).willReturn(documents());
    }

    @Test
    void onceImpartialityIsDeclaredTheDossierItsDocumentsAndTheGridOpenOneCriterionPerRow() throws Exception {
        mvc.perform(get("/evaluations/{id}", CANDIDACY).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Faire circuler l&#39;eusko.")))
                .andExpect(content().string(containsString("<th scope=\"row\">Coopérative Txirrina</th>")))
                .andExpect(content().string(containsString(
                        "href=\"/evaluations/" + CANDIDACY + "/documents/" + DOCUMENT + "\"")))
                .andExpect(content().string(containsString(
                        "<label for=\"scores-TERRITORIAL_ANCHORING\">Ancrage territorial</label>")))
                .andExpect(content().string(containsString("<td>2</td>")))
                .andExpect(content().string(containsString("<td>2,5</td>")))
                .andExpect(content().string(containsString("type=\"number\" class=\"score\" min=\"0\" max=\"5\"")))
                .andExpect(content().string(containsString("id=\"scores-COOPERATION\"")))
                .andExpect(content().string(containsString("name=\"scores[COOPERATION]\" value=\"\"")))
                .andExpect(content().string(containsString("aria-describedby=\"err-scores-COOPERATION\"")))
                .andExpect(content().string(containsString("id=\"vote-FAVOURABLE\"")))
                .andExpect(content().string(containsString("id=\"comment\"")))
                .andExpect(content().string(containsString("data-autosave")))
                .andExpect(content().string(containsString(
                        "hx-post=\"/evaluations/" + CANDIDACY + "/brouillon\"")))
                .andExpect(content().string(containsString("0 critère noté sur 2")))
                .andExpect(content().string(containsString(
                        "Les autres évaluations s'affichent une fois la vôtre soumise")));
        verify(review, never()).submittedEvaluations(any());
    }

    @Test
    void theAutosaveSendsTheScoresAndAnswersTheWeightedTotalAndTheThresholdsInPlace() throws Exception {
        given(review.writeEvaluation(eq(CANDIDACY), any())).willReturn(draft(4, 1, "FAVOURABLE"));

        String fragment = mvc.perform(autosave().param("scores[TERRITORIAL_ANCHORING]", "4")
                        .param("scores[COOPERATION]", " 1").param("vote", "FAVOURABLE").param("comment", "Bien ancré"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Brouillon enregistré à")))
                .andExpect(content().string(containsString("10 h 42")))
                .andExpect(content().string(containsString("id=\"weighted-total\">3</strong>")))
                .andExpect(content().string(containsString("2 critères notés sur 2")))
                .andExpect(content().string(containsString("Au moins un seuil n’est pas atteint.")))
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("id=\"score-totals\" class=\"score-totals\" aria-labelledby=\"totals-title\" "
                        + "hx-swap-oob=\"true\"")
                .contains("id=\"met-TERRITORIAL_ANCHORING\" class=\"mark met\" hx-swap-oob=\"true\">Atteint</span>")
                .contains("id=\"met-COOPERATION\" class=\"mark unmet\" hx-swap-oob=\"true\">Non atteint</span>")
                .contains("id=\"err-scores-COOPERATION\" hx-swap-oob=\"true\"></p>");
        var sent = ArgumentCaptor.forClass(Evaluation.Draft.class);
        verify(review).writeEvaluation(eq(CANDIDACY), sent.capture());
        assertThat(sent.getValue().scores()).containsEntry("TERRITORIAL_ANCHORING", 4).containsEntry("COOPERATION", 1);
        assertThat(sent.getValue().vote()).isEqualTo("FAVOURABLE");
        assertThat(sent.getValue().comment()).isEqualTo("Bien ancré");
    }

    @Test
    void aBlankScoreIsNotScoredYetAndTheTotalSaysSo() throws Exception {
        given(review.writeEvaluation(eq(CANDIDACY), any())).willReturn(draft(2, null, null));

        mvc.perform(autosave().param("scores[TERRITORIAL_ANCHORING]", "2").param("scores[COOPERATION]", ""))
                .andExpect(content().string(containsString("1 critère noté sur 2")))
                .andExpect(content().string(containsString(
                        "Notez tous les critères pour savoir si les seuils sont atteints.")))
                .andExpect(content().string(containsString("class=\"mark unscored\" hx-swap-oob=\"true\">Non noté")));

        var sent = ArgumentCaptor.forClass(Evaluation.Draft.class);
        verify(review).writeEvaluation(eq(CANDIDACY), sent.capture());
        assertThat(sent.getValue().scores()).containsOnlyKeys("TERRITORIAL_ANCHORING");
        assertThat(sent.getValue().vote()).isNull();
    }

    @Test
    void aScoreTheServiceRefusesWith422IsSaidInFrenchAtItsField() throws Exception {
        given(review.writeEvaluation(eq(CANDIDACY), any())).willThrow(problem(HttpStatus.UNPROCESSABLE_ENTITY,
                new ApiProblem.FieldProblem("scores.COOPERATION", "is not a criterion of the call's grid")));

        mvc.perform(autosave().param("scores[TERRITORIAL_ANCHORING]", "4").param("scores[COOPERATION]", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Non enregistré : corrigez le champ signalé.")))
                .andExpect(content().string(containsString(
                        "id=\"err-scores-COOPERATION\" hx-swap-oob=\"true\">Une note entière de 0 à 5.</p>")))
                .andExpect(content().string(containsString(
                        "id=\"err-scores-TERRITORIAL_ANCHORING\" hx-swap-oob=\"true\"></p>")))
                .andExpect(content().string(not(containsString("id=\"score-totals\""))));
    }

    @Test
    void aScoreOutOfRangeIsRefusedAtItsFieldAndWhatWasTypedStaysWithoutJavaScript() throws Exception {
        given(review.writeEvaluation(eq(CANDIDACY), any())).willThrow(problem(HttpStatus.BAD_REQUEST,
                new ApiProblem.FieldProblem("scores[TERRITORIAL_ANCHORING]", "must be less than or equal to 5")));

        mvc.perform(post("/evaluations/{id}", CANDIDACY).with(reviewer()).with(csrf())
                        .param("scores[TERRITORIAL_ANCHORING]", "7").param("scores[COOPERATION]", "3")
                        .param("vote", "RESERVED").param("comment", "Ce que j'ai écrit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"7\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString(
                        "id=\"err-scores-TERRITORIAL_ANCHORING\">Une note entière de 0 à 5.</p>")))
                .andExpect(content().string(containsString(">Ce que j&#39;ai &eacute;crit</textarea>")))
                .andExpect(content().string(containsString("name=\"vote\" checked=\"checked\"> <span>Réservé</span>")));
    }

    @Test
    void aScoreThatIsNotAWholeNumberIsRefusedAtItsFieldAndNothingIsSent() throws Exception {
        mvc.perform(autosave().param("scores[TERRITORIAL_ANCHORING]", "2,5").param("scores[COOPERATION]", "3"))
                .andExpect(content().string(containsString(
                        "id=\"err-scores-TERRITORIAL_ANCHORING\" hx-swap-oob=\"true\">Une note entière de 0 à 5.")));
        verify(review, never()).writeEvaluation(any(), any());
    }

    @Test
    void savingAfterTheReviewDeadlineIsRefusedWithTheDeadlineInFrench() throws Exception {
        given(review.writeEvaluation(eq(CANDIDACY), any())).willThrow(deadlinePassed());

        mvc.perform(autosave().param("scores[TERRITORIAL_ANCHORING]", "4").param("scores[COOPERATION]", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Non enregistré : voyez le message au-dessus de la grille.")))
                .andExpect(content().string(containsString("La date limite d&#39;évaluation est passée (elle était "
                        + "fixée au 28 février 2027 à 12 h 00) : l&#39;évaluation ne peut plus être modifiée.")));
    }

    @Test
    void pastTheReviewDeadlineTheGridIsReadOnlyAndSaysWhy() throws Exception {
        given(review.call(CALL)).willReturn(call(Instant.parse("2027-02-28T11:00:00Z")));
        willReturn(draft(4, null, null)).given(review).myEvaluation(CANDIDACY);

        mvc.perform(get("/evaluations/{id}", CANDIDACY).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"deadline-notice\"")))
                .andExpect(content().string(containsString("28 février 2027 à 12 h 00")))
                .andExpect(content().string(not(containsString("id=\"evaluation-form\""))));
    }

    @Test
    void withoutJavaScriptTheFormIsSavedThenGoesOnToTheConfirmationWhenAsked() throws Exception {
        given(review.writeEvaluation(eq(CANDIDACY), any())).willReturn(draft(4, 3, "FAVOURABLE"));

        mvc.perform(post("/evaluations/{id}", CANDIDACY).with(reviewer()).with(csrf())
                        .param("scores[TERRITORIAL_ANCHORING]", "4").param("scores[COOPERATION]", "3")
                        .param("vote", "FAVOURABLE"))
                .andExpect(redirectedUrl("/evaluations/" + CANDIDACY + "#grille"))
                .andExpect(flash().attributeExists("saved"));
        mvc.perform(post("/evaluations/{id}", CANDIDACY).with(reviewer()).with(csrf()).param("action", "review")
                        .param("scores[TERRITORIAL_ANCHORING]", "4").param("scores[COOPERATION]", "3")
                        .param("vote", "FAVOURABLE"))
                .andExpect(redirectedUrl("/evaluations/" + CANDIDACY + "/soumission"));
    }

    @Test
    void theConfirmationShowsTheEvaluationAndWhatIsStillMissing() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("DRAFT"));
        willReturn(draft(4, null, null)).given(review).myEvaluation(CANDIDACY);

        mvc.perform(get("/evaluations/{id}/soumission", CANDIDACY).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("la note du critère « Coopération entre les membres »")))
                .andExpect(content().string(containsString("votre avis")))
                .andExpect(content().string(containsString("id=\"confirm-submission\"")))
                .andExpect(content().string(containsString("Soumettre l'évaluation</button>")));
    }

    @Test
    void pastTheReviewDeadlineTheConfirmationLeadsBackToTheEvaluationThatSaysSo() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("DRAFT"));
        given(review.call(CALL)).willReturn(call(Instant.parse("2027-02-28T11:00:00Z")));
        willReturn(draft(4, 3, "FAVOURABLE")).given(review).myEvaluation(CANDIDACY);

        mvc.perform(get("/evaluations/{id}/soumission", CANDIDACY).with(reviewer()))
                .andExpect(redirectedUrl("/evaluations/" + CANDIDACY));
    }

    @Test
    void submittingWithoutTheConfirmationIsRefusedAtTheCheckbox() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("DRAFT"));
        willReturn(draft(4, 3, "FAVOURABLE")).given(review).myEvaluation(CANDIDACY);

        mvc.perform(post("/evaluations/{id}/soumission", CANDIDACY).with(reviewer()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"err-confirm-submission\"")))
                .andExpect(content().string(containsString("Cochez la case pour confirmer")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        verify(review, never()).submitEvaluation(any());
    }

    @Test
    void submittingWithTheConfirmationFreezesTheEvaluationAndShowsTheOthers() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("DRAFT"));
        given(review.submitEvaluation(CANDIDACY)).willReturn(evaluation(REVIEWER, "MES", 4, 3, "FAVOURABLE",
                SUBMITTED));

        mvc.perform(post("/evaluations/{id}/soumission", CANDIDACY).with(reviewer()).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/evaluations/" + CANDIDACY))
                .andExpect(flash().attribute("message", containsString("elle ne peut plus être modifiée")));
        verify(review).submitEvaluation(CANDIDACY);

        given(review.myAssignment(CANDIDACY)).willReturn(assignment("SUBMITTED"));
        willReturn(evaluation(REVIEWER, "MES", 4, 3, "FAVOURABLE",
                SUBMITTED)).given(review).myEvaluation(CANDIDACY);
        given(review.submittedEvaluations(CANDIDACY)).willReturn(List.of(
                evaluation(REVIEWER, "MES", 4, 3, "FAVOURABLE", SUBMITTED),
                evaluation("reviewer-2", "RTES", 2, 5, "RESERVED", SUBMITTED)));
        mvc.perform(get("/evaluations/{id}", CANDIDACY).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"submitted-notice\"")))
                .andExpect(content().string(not(containsString("id=\"evaluation-form\""))))
                .andExpect(content().string(not(containsString("type=\"number\""))))
                .andExpect(content().string(not(containsString("id=\"late-conflict\""))))
                .andExpect(content().string(containsString("Évaluation pour le réseau RTES")))
                .andExpect(content().string(not(containsString("Évaluation pour le réseau MES"))))
                .andExpect(content().string(containsString("Réservé")))
                .andExpect(content().string(not(containsString("s'affichent une fois la vôtre soumise"))));
    }

    @Test
    void submittingAnIncompleteEvaluationSaysWhatIsMissing() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("DRAFT"));
        willReturn(draft(4, 3, null)).given(review).myEvaluation(CANDIDACY);
        given(review.submitEvaluation(CANDIDACY)).willThrow(problem(HttpStatus.UNPROCESSABLE_ENTITY,
                new ApiProblem.FieldProblem("vote", "is not given yet")));

        mvc.perform(post("/evaluations/{id}/soumission", CANDIDACY).with(reviewer()).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "L&#39;évaluation n&#39;est pas complète : il manque votre avis.")));
    }

    @Test
    void submittingAfterTheReviewDeadlineIsRefusedWithTheDeadlineInFrench() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("DRAFT"));
        willReturn(draft(4, 3, "FAVOURABLE")).given(review).myEvaluation(CANDIDACY);
        given(review.submitEvaluation(CANDIDACY)).willThrow(deadlinePassed());

        mvc.perform(post("/evaluations/{id}/soumission", CANDIDACY).with(reviewer()).with(csrf())
                        .param("confirmed", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La date limite d&#39;évaluation est passée (elle était "
                        + "fixée au 28 février 2027 à 12 h 00) : l&#39;évaluation n&#39;a pas pu être soumise.")));
    }

    @Test
    void anotherReviewersEvaluationRefusedBeforeOnesOwnIsSubmittedIsTheFrenchForbiddenPage() throws Exception {
        given(review.submittedEvaluations(CANDIDACY)).willThrow(problem(HttpStatus.FORBIDDEN));

        mvc.perform(get("/evaluations/{id}/autres-evaluations", CANDIDACY).with(reviewer()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Accès refusé")))
                .andExpect(content().string(not(containsString("Évaluation pour le réseau"))));
    }

    @Test
    void theOtherEvaluationsOfACandidacyNotAssignedIsTheFrenchNotFoundPage() throws Exception {
        given(review.myAssignment(CANDIDACY)).willThrow(problem(HttpStatus.NOT_FOUND));

        mvc.perform(get("/evaluations/{id}/autres-evaluations", CANDIDACY).with(reviewer()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
        verify(review, never()).submittedEvaluations(any());
    }

    @Test
    void onceSubmittedTheOtherEvaluationsHaveTheirOwnPage() throws Exception {
        given(review.myAssignment(CANDIDACY)).willReturn(assignment("SUBMITTED"));
        given(review.submittedEvaluations(CANDIDACY)).willReturn(List.of(
                evaluation("reviewer-2", "RTES", 2, 5, "UNFAVOURABLE", SUBMITTED)));

        mvc.perform(get("/evaluations/{id}/autres-evaluations", CANDIDACY).with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Évaluation pour le réseau RTES")))
                .andExpect(content().string(containsString("Défavorable")))
                .andExpect(content().string(containsString("Un pôle bien ancré.")));
    }

    @Test
    void writingWithoutTheFormsTokenIsRefused() throws Exception {
        mvc.perform(post("/evaluations/{id}/brouillon", CANDIDACY).with(reviewer()).header("HX-Request", "true")
                        .param("scores[COOPERATION]", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/evaluations/{id}/soumission", CANDIDACY).with(reviewer()).param("confirmed", "true"))
                .andExpect(status().isForbidden());
        verify(review, never()).writeEvaluation(any(), any());
        verify(review, never()).submitEvaluation(any());
    }

    @Test
    void onlyReviewersEvaluate() throws Exception {
        mvc.perform(get("/evaluations/{id}", CANDIDACY).with(person("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/evaluations/{id}/brouillon", CANDIDACY).with(person("HOLDER")).with(csrf())
                        .header("HX-Request", "true").param("scores[COOPERATION]", "3"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/evaluations/{id}/autres-evaluations", CANDIDACY).with(person("NETWORK_DELEGATE")))
                .andExpect(status().isForbidden());
        verify(review, never()).writeEvaluation(any(), any());
        verify(review, never()).submittedEvaluations(any());
    }

    private static MockHttpServletRequestBuilder autosave() {
        return post("/evaluations/{id}/brouillon", CANDIDACY).with(reviewer()).with(csrf())
                .header("HX-Request", "true");
    }
}
