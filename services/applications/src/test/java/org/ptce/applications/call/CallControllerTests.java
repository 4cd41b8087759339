package org.ptce.applications.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.ptce.testing.SignedIn.coordinator;
import static org.ptce.testing.SignedIn.delegate;
import static org.ptce.testing.SignedIn.holder;
import static org.ptce.testing.SignedIn.reviewer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.ptce.applications.api.EvaluationGrid;
import org.ptce.platform.web.ConflictException;
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
    private static final Instant FAR = Instant.parse("2099-01-01T00:00:00Z");

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Calls calls;

    @Test
    void createsADraftCall() throws Exception {
        var deadline = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var id = UUID.randomUUID();
        var grid = new EvaluationGrid(List.of(new EvaluationGrid.Criterion("COOPERATION", "Coopération", 2,
                new BigDecimal("2.5"))), new BigDecimal("3"));
        given(calls.create(any())).willReturn(new CallView(id, "AMI PTCE 2027", "Soutenir les PTCE", deadline,
                Set.of(Network.RTES), grid, List.of("Statuts"), deadline.plus(30, ChronoUnit.DAYS),
                Duration.ofDays(15), CallStatus.DRAFT, Instant.now(), "system:applications", null, null, null, null));

        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(CallDrafts.draft("AMI PTCE 2027", deadline, "RTES"))))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/calls/" + id)))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.completionTimeLimit").value("PT360H"))
                .andExpect(jsonPath("$.evaluationGrid.criteria[0].weight").value(2));
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
                        .contentType(MediaType.APPLICATION_JSON).content(json(CallDrafts.draft("AMI", FAR, "MES"))))
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
                        "completionTimeLimit", "description", "evaluationGrid", "participatingNetworks",
                        "reviewDeadline", "submissionDeadline", "title")));
        verifyNoInteractions(calls);
    }

    @Test
    void namesAFieldOfTheWrongType() throws Exception {
        var draft = CallDrafts.draft("AMI", FAR, "RTES");
        draft.put("submissionDeadline", "next spring");
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(json(draft)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("submissionDeadline"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("date-time")));
    }

    @Test
    void namesAnUnknownNetwork() throws Exception {
        var draft = CallDrafts.draft("AMI", FAR, "RTES", "CGT");
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(json(draft)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(containsString("participatingNetworks")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("OPALE")));
    }

    @Test
    void refusesADeadlineInThePast() throws Exception {
        var draft = CallDrafts.draft("AMI", Instant.parse("2020-01-01T00:00:00Z"), "MES");
        draft.put("reviewDeadline", FAR.toString());
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(json(draft)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("submissionDeadline"));
    }

    @Test
    void refusesAnUnknownField() throws Exception {
        var draft = CallDrafts.draft("AMI", FAR, "MES");
        draft.put("budget", 12);
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(json(draft)))
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
        var draft = CallDrafts.draft("AMI", FAR, "MES");
        draft.put("description", huge);
        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(json(draft)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(header().string("Content-Type", PROBLEM));
        verifyNoInteractions(calls);
    }

    @Test
    void namesAnInvalidCriterionOfTheGrid() throws Exception {
        var draft = CallDrafts.draft("AMI", FAR, "MES");
        draft.put("evaluationGrid", Map.of("totalThreshold", 6, "criteria", List.of(
                CallDrafts.criterion("COOPERATION", "Coopération", 0, 2.5),
                CallDrafts.criterion("ancrage", "Ancrage", 1, 7))));

        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(json(draft)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "evaluationGrid.totalThreshold", "evaluationGrid.criteria[0].weight",
                        "evaluationGrid.criteria[1].code", "evaluationGrid.criteria[1].threshold")));
        verifyNoInteractions(calls);
    }

    @Test
    void namesACompletionTimeLimitThatIsNotADuration() throws Exception {
        var draft = CallDrafts.draft("AMI", FAR, "MES");
        draft.put("completionTimeLimit", "two weeks");

        mvc.perform(post("/api/calls").with(coordinator()).contentType(MediaType.APPLICATION_JSON).content(json(draft)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("completionTimeLimit"));
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

    @Test
    void changesADraftCall() throws Exception {
        var deadline = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var id = UUID.randomUUID();
        var grid = new EvaluationGrid(List.of(new EvaluationGrid.Criterion("COOPERATION", "Coopération", 2,
                new BigDecimal("2.5"))), new BigDecimal("3"));
        var now = Instant.now();
        given(calls.revise(eq(id), any())).willReturn(new CallView(id, "AMI PTCE 2027 (révisé)", "Soutenir les PTCE",
                deadline, Set.of(Network.MES), grid, List.of(), deadline.plus(30, ChronoUnit.DAYS),
                Duration.ofDays(15), CallStatus.DRAFT, now.minusSeconds(3600), "coordinator-1", now, "coordinator-2",
                null, null));

        mvc.perform(put("/api/calls/{callId}", id).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(CallDrafts.draft("AMI PTCE 2027 (révisé)", deadline, "MES"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("AMI PTCE 2027 (révisé)"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.updatedBy").value("coordinator-2"));
        var sent = ArgumentCaptor.forClass(CallDraft.class);
        verify(calls).revise(eq(id), sent.capture());
        assertThat(sent.getValue().participatingNetworks()).containsExactly(Network.MES);
        assertThat(sent.getValue().evaluationGrid().criteria()).hasSize(3);
    }

    @Test
    void refusesAHolderOrAReviewerChangingACall() throws Exception {
        for (var someone : List.of(holder(UUID.randomUUID().toString()), reviewer("MES"), delegate("RTES"))) {
            mvc.perform(put("/api/calls/{callId}", UUID.randomUUID()).with(someone)
                            .contentType(MediaType.APPLICATION_JSON).content(json(CallDrafts.draft("AMI", FAR, "MES"))))
                    .andExpect(status().isForbidden())
                    .andExpect(header().string("Content-Type", PROBLEM));
        }
        mvc.perform(put("/api/calls/{callId}", UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(CallDrafts.draft("AMI", FAR, "MES"))))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(calls);
    }

    @Test
    void aChangeNamesEveryFieldItBreaksAsACreationWould() throws Exception {
        var draft = CallDrafts.draft("", Instant.parse("2020-01-01T00:00:00Z"), "RTES");
        draft.put("evaluationGrid", Map.of("totalThreshold", 3, "criteria", List.of(
                CallDrafts.criterion("COOPERATION", "Coopération", 11, 2.5))));
        draft.put("completionTimeLimit", "two weeks");

        mvc.perform(put("/api/calls/{callId}", UUID.randomUUID()).with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(draft)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM));
        draft.put("completionTimeLimit", "P15D");
        mvc.perform(put("/api/calls/{callId}", UUID.randomUUID()).with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content(json(draft)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "title", "submissionDeadline", "reviewDeadline", "evaluationGrid.criteria[0].weight")));
        mvc.perform(put("/api/calls/{callId}", UUID.randomUUID()).with(coordinator())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title",
                        "evaluationGrid", "participatingNetworks")));
        verifyNoInteractions(calls);
    }

    @Test
    void aChangeToAnOpenCallIsAConflict() throws Exception {
        var id = UUID.randomUUID();
        given(calls.revise(eq(id), any())).willThrow(new ConflictException("Call " + id
                + " is OPEN, only a DRAFT call can be changed"));

        mvc.perform(put("/api/calls/{callId}", id).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(CallDrafts.draft("AMI", FAR, "MES"))))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("only a DRAFT call can be changed")));
    }

    @Test
    void aChangeToAnUnknownCallIsNotFound() throws Exception {
        var id = UUID.randomUUID();
        given(calls.revise(eq(id), any())).willThrow(new NotFoundException("call", id));

        mvc.perform(put("/api/calls/{callId}", id).with(coordinator()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(CallDrafts.draft("AMI", FAR, "MES"))))
                .andExpect(status().isNotFound());
    }

    private String json(Object body) throws Exception {
        return objectMapper.writeValueAsString(body);
    }
}
