package org.ptce.applications.call;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.ptce.testing.SignedIn.coordinator;
import static org.ptce.testing.SignedIn.holder;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(CallController.class)
class CallControllerTests {

    private static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Calls calls;

    @Test
    void createsADraftCall() throws Exception {
        var deadline = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var id = UUID.randomUUID();
        given(calls.create(any())).willReturn(new CallView(id, "AMI PTCE 2027", "Soutenir les PTCE", deadline,
                Set.of(Network.RTES), CallStatus.DRAFT, Instant.now(), "system:applications", null, null));

        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "AMI PTCE 2027", "description": "Soutenir les PTCE",
                 "submissionDeadline": "%s", "participatingNetworks": ["RTES"]}""".formatted(deadline)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/calls/" + id)))
                .andExpect(jsonPath("$.status").value("DRAFT"));
    }

    @Test
    void refusesAnAnonymousRequest() throws Exception {
        mvc.perform(post("/api/calls").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", PROBLEM));
        verifyNoInteractions(calls);
    }

    @Test
    void refusesAHolderPreparingACall() throws Exception {
        mvc.perform(post("/api/calls").with(holder(UUID.randomUUID().toString()))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "AMI", "description": "d", "submissionDeadline": "2099-01-01T00:00:00Z",
                         "participatingNetworks": ["MES"]}"""))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", PROBLEM));
        verifyNoInteractions(calls);
    }

    @Test
    void namesEveryMissingField() throws Exception {
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "description", "participatingNetworks", "submissionDeadline", "title")));
        verifyNoInteractions(calls);
    }

    @Test
    void namesAFieldOfTheWrongType() throws Exception {
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "AMI", "description": "d", "submissionDeadline": "next spring",
                 "participatingNetworks": ["RTES"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("submissionDeadline"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("date-time")));
    }

    @Test
    void namesAnUnknownNetwork() throws Exception {
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "AMI", "description": "d", "submissionDeadline": "2099-01-01T00:00:00Z",
                 "participatingNetworks": ["RTES", "CGT"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(containsString("participatingNetworks")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("OPALE")));
    }

    @Test
    void refusesADeadlineInThePast() throws Exception {
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "AMI", "description": "d", "submissionDeadline": "2020-01-01T00:00:00Z",
                 "participatingNetworks": ["MES"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("submissionDeadline"));
    }

    @Test
    void refusesAnUnknownField() throws Exception {
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "AMI", "description": "d", "submissionDeadline": "2099-01-01T00:00:00Z",
                 "participatingNetworks": ["MES"], "budget": 12}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("budget"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON")));
    }

    @Test
    void refusesAHugePayload() throws Exception {
        String huge = "x".repeat(2 * 1024 * 1024);
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content("""
                {"title": "AMI", "description": "%s", "submissionDeadline": "2099-01-01T00:00:00Z",
                 "participatingNetworks": ["MES"]}""".formatted(huge)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().string("Content-Type", PROBLEM));
        verifyNoInteractions(calls);
    }

    @Test
    void refusesAMalformedCallId() throws Exception {
        mvc.perform(get("/api/calls/not-a-uuid").with(coordinator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("callId"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
    }

    @Test
    void answersAnUnknownCallWithNotFound() throws Exception {
        var id = UUID.randomUUID();
        given(calls.get(eq(id), any())).willThrow(new NotFoundException("call", id));

        mvc.perform(get("/api/calls/{callId}", id).with(coordinator()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", PROBLEM))
                .andExpect(jsonPath("$.detail").value("No call " + id));
    }
}
