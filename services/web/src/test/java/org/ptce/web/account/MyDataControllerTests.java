package org.ptce.web.account;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.web.security.SignedInAs;
import org.junit.jupiter.api.Test;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.IdentityApi;
import org.ptce.web.api.PublicationApi;
import org.ptce.web.api.ReviewApi;
import org.ptce.web.security.WebPageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.client.ResourceAccessException;

@WebPageTest(MyDataController.class)
class MyDataControllerTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private IdentityApi identity;

    @MockitoBean
    private ApplicationsApi applications;

    @MockitoBean
    private PublicationApi publication;

    @MockitoBean
    private ReviewApi review;

    @Test
    void aHolderDownloadsTheirAccountCandidaciesAndNotificationsAsOneJsonFile() throws Exception {
        given(identity.myData()).willReturn(json("""
                {"account": {"email": "inaki@example.fr", "displayName": "Iñaki Etxeberria"},
                 "history": [{"action": "SIGNED_UP", "at": "2027-01-05T10:00:00Z"}]}"""));
        given(applications.myCandidaciesAsWritten()).willReturn(json("""
                [{"id": "00000000-0000-0000-0000-0000000000cd", "ptceName": "PTCE Sud Aquitaine",
                  "status": "DRAFT", "budgetEuros": 620000.50}]"""));
        given(publication.myNotificationsAsWritten()).willReturn(json("[]"));

        mvc.perform(get("/mes-donnees.json").with(signedIn("HOLDER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mes-donnees-ptce.json\""))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.exportedAt").value("2027-03-01T10:00:00Z"))
                .andExpect(jsonPath("$.identity.account.displayName").value("Iñaki Etxeberria"))
                .andExpect(jsonPath("$.identity.history[0].action").value("SIGNED_UP"))
                .andExpect(jsonPath("$.candidacies[0].ptceName").value("PTCE Sud Aquitaine"))
                .andExpect(jsonPath("$.candidacies[0].budgetEuros").value(620000.50))
                .andExpect(jsonPath("$.notifications").isArray())
                .andExpect(jsonPath("$.assignments").doesNotExist());
        verify(review, never()).myAssignmentsAsWritten();
    }

    @Test
    void aReviewerDownloadsTheirAccountAndAssignments() throws Exception {
        given(identity.myData()).willReturn(json("{\"account\": {\"role\": \"REVIEWER\"}}"));
        given(review.myAssignmentsAsWritten()).willReturn(json("""
                [{"candidacyId": "00000000-0000-0000-0000-0000000000cd", "ptceName": "PTCE Sud Aquitaine",
                  "network": "RTES", "assignedAt": "2027-02-20T08:00:00Z", "remindedAt": null}]"""));

        mvc.perform(get("/mes-donnees.json").with(signedIn("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mes-donnees-ptce.json\""))
                .andExpect(jsonPath("$.identity.account.role").value("REVIEWER"))
                .andExpect(jsonPath("$.assignments[0].network").value("RTES"))
                .andExpect(jsonPath("$.candidacies").doesNotExist())
                .andExpect(jsonPath("$.notifications").doesNotExist());
        verify(applications, never()).myCandidaciesAsWritten();
        verify(publication, never()).myNotificationsAsWritten();
    }

    @Test
    void aCoordinatorDownloadsWhatTheIdentityProviderHoldsAboutThem() throws Exception {
        given(identity.myData()).willReturn(json("{\"account\": {\"role\": \"COORDINATOR\"}}"));

        mvc.perform(get("/mes-donnees.json").with(signedIn("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity.account.role").value("COORDINATOR"))
                .andExpect(jsonPath("$.candidacies").doesNotExist())
                .andExpect(jsonPath("$.assignments").doesNotExist());
    }

    @Test
    void aServiceThatCannotBeReachedGivesTheUnavailablePageRatherThanAPartialFile() throws Exception {
        given(identity.myData()).willReturn(json("{}"));
        given(applications.myCandidaciesAsWritten()).willReturn(json("[]"));
        given(publication.myNotificationsAsWritten()).willThrow(new ResourceAccessException("Connection refused"));

        mvc.perform(get("/mes-donnees.json").with(signedIn("HOLDER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(content().string(containsString("Service momentanément indisponible")));
    }

    @Test
    void aServiceThatFailsGivesTheUnavailablePageToo() throws Exception {
        given(identity.myData()).willThrow(new ApiProblem(HttpStatus.BAD_GATEWAY, "Bad gateway", null, List.of(),
                null));

        mvc.perform(get("/mes-donnees.json").with(signedIn("REVIEWER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(content().string(containsString("Service momentanément indisponible")));
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToSignInFirst() throws Exception {
        mvc.perform(get("/mes-donnees.json"))
                .andExpect(redirectedUrlPattern("**/oauth2/authorization/platform"));
        verify(identity, never()).myData();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static OidcLoginRequestPostProcessor signedIn(String role) {
        return SignedInAs.person("person-1", role, "Iñaki Etxeberria");
    }
}
