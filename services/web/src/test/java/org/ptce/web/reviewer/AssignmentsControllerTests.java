package org.ptce.web.reviewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.ptce.web.reviewer.ReviewerFixtures.assignment;
import static org.ptce.web.reviewer.ReviewerFixtures.person;
import static org.ptce.web.reviewer.ReviewerFixtures.reviewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(AssignmentsController.class)
class AssignmentsControllerTests {

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ReviewApi review;

    @Test
    void aReviewerWithoutAssignmentIsToldSo() throws Exception {
        given(review.myAssignments()).willReturn(List.of());

        mvc.perform(get("/evaluations").with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Mes évaluations</h1>")))
                .andExpect(content().string(containsString(
                        "Aucune candidature ne vous est attribuée pour l'instant.")))
                .andExpect(content().string(not(containsString("<table"))));
    }

    @Test
    void eachAssignmentNamesThePtceItsCallTheNetworkTheDeadlineWithTimeLeftTheStatusAndTheReminders()
            throws Exception {
        UUID overdue = UUID.randomUUID();
        given(review.myAssignments()).willReturn(List.of(
                assignment(overdue, "PTCE Pays de Morlaix", "DRAFT", true, Instant.parse("2027-02-28T07:00:00Z")),
                assignment(UUID.randomUUID(), "PTCE Sud Aquitaine", "TO_DECLARE", false, null),
                assignment(UUID.randomUUID(), "PTCE du Val", "SUBMITTED", false, null)));

        String page = mvc.perform(get("/evaluations").with(reviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<a href=\"/evaluations/" + overdue + "\">PTCE Pays de Morlaix</a>")))
                .andExpect(content().string(containsString("<td>AMI PTCE 2027</td>")))
                .andExpect(content().string(containsString("<td>MES</td>")))
                .andExpect(content().string(containsString("15 mars 2027 à 12 h 00")))
                .andExpect(content().string(containsString("(plus que 14 jours)")))
                .andExpect(content().string(containsString("Impartialité à déclarer")))
                .andExpect(content().string(containsString("Brouillon")))
                .andExpect(content().string(containsString("Soumise")))
                .andExpect(content().string(containsString("Rappel reçu le")))
                .andExpect(content().string(containsString("28 février 2027")))
                .andExpect(content().string(containsString("1 évaluation est en retard")))
                .andExpect(content().string(containsString("<a href=\"/evaluations\">Mes évaluations</a>")))
                .andReturn().getResponse().getContentAsString();

        // In the service's order, the overdue first, marked so.
        assertThat(page.indexOf("PTCE Pays de Morlaix")).isLessThan(page.indexOf("PTCE Sud Aquitaine"));
        assertThat(page.indexOf("PTCE Sud Aquitaine")).isLessThan(page.indexOf("PTCE du Val"));
        assertThat(page).containsOnlyOnce("<tr class=\"overdue\"")
                .containsOnlyOnce("<strong class=\"late\">En retard</strong>");
        assertThat(page.indexOf("<tr class=\"overdue\"")).isLessThan(page.indexOf("PTCE Pays de Morlaix"));
    }

    @Test
    void onlyReviewersHaveEvaluations() throws Exception {
        mvc.perform(get("/evaluations").with(person("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluations").with(person("HOLDER"))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluations")).andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));
        verify(review, never()).myAssignments();
    }
}
