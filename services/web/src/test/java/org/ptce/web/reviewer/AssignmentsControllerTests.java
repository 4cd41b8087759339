package org.ptce.web.reviewer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Assignment;
import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebPageTest(AssignmentsController.class)
class AssignmentsControllerTests {

    private static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private ReviewApi review;

    @MockitoBean
    private ApplicationsApi applications;

    @Test
    void aReviewerWithoutAssignmentIsToldSo() throws Exception {
        given(review.myAssignments()).willReturn(List.of());

        mvc.perform(get("/evaluations").with(signedIn("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Mes évaluations</h1>")))
                .andExpect(content().string(containsString(
                        "Aucune candidature ne vous est attribuée pour l'instant.")))
                .andExpect(content().string(not(containsString("<table"))));
        verify(applications, never()).calls();
    }

    @Test
    void eachAssignmentNamesThePtceItsCallTheNetworkAndWhenItWasAssigned() throws Exception {
        given(review.myAssignments()).willReturn(List.of(
                new Assignment(UUID.randomUUID(), CALL, "PTCE Sud Aquitaine", "reviewer-1", "OPALE",
                        Instant.parse("2027-02-20T08:00:00Z"), null),
                new Assignment(UUID.randomUUID(), CALL, "PTCE Pays de Morlaix", "reviewer-1", "OPALE",
                        Instant.parse("2027-02-21T08:00:00Z"), Instant.parse("2027-02-28T07:00:00Z"))));
        given(applications.calls()).willReturn(List.of(new Call(CALL, "AMI PTCE 2027", "Un appel.",
                Instant.parse("2027-01-15T11:00:00Z"), Set.of("OPALE"), new Call.Grid(List.of(), BigDecimal.ONE),
                List.of(), Instant.parse("2027-03-31T11:00:00Z"), Duration.ofDays(10), "OPEN",
                Instant.parse("2026-12-10T09:00:00Z"))));

        mvc.perform(get("/evaluations").with(signedIn("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<th scope=\"row\">PTCE Sud Aquitaine</th>")))
                .andExpect(content().string(containsString("<td>AMI PTCE 2027</td>")))
                .andExpect(content().string(containsString("<td>Opale</td>")))
                .andExpect(content().string(containsString("20 février 2027 à 9 h 00")))
                .andExpect(content().string(containsString("À évaluer")))
                .andExpect(content().string(containsString("28 février 2027")))
                .andExpect(content().string(containsString("<a href=\"/evaluations\">Mes évaluations</a>")))
                .andExpect(content().string(not(containsString("<a href=\"/personnes\">"))));
    }

    @Test
    void onlyReviewersHaveEvaluations() throws Exception {
        mvc.perform(get("/evaluations").with(signedIn("COORDINATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluations").with(signedIn("HOLDER"))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluations")).andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));
        verify(review, never()).myAssignments();
    }

    private static OidcLoginRequestPostProcessor signedIn(String role) {
        return oidcLogin().idToken(token -> token.subject("reviewer-1").claim("name", "Martine Roussel")
                        .claim("roles", List.of(role)).claim("network", "OPALE"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
