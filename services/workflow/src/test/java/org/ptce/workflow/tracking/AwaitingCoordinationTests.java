package org.ptce.workflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.workflow.WorkflowServiceTest;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.WorkflowTopics;
import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * What waits on the coordinators, call by call, as every page's header counts it: the admissibility checks, then the
 * deliberation once the submissions close, then the networks silent on the proposed list; for coordinators only.
 */
@WorkflowServiceTest
class AwaitingCoordinationTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    WorkflowEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ObjectMapper objectMapper;

    KafkaTestClient kafka;
    TestRestTemplate coordinator;
    CallOpened call;

    @BeforeEach
    void openACall() {
        kafka = KafkaTestClient.reading(WorkflowTopics.CALLS);
        coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        kafka.publish(call);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CALLS, CONSUMED);
    }

    @AfterEach
    void close() {
        ClockUtil.reset();
        kafka.close();
    }

    @Test
    void theCoordinatorsSeeACallsChecksThenItsDeliberationThenItsSilentNetworks() throws Exception {
        assertThat(awaitingOf(call)).as("an open call with no candidacy waits on nobody").isNull();
        UUID first = submit();
        submit();

        JsonNode checking = awaitingOf(call);
        assertThat(checking.get("title").asText()).isEqualTo(call.title());
        assertThat(checking.get("admissibilityChecks").asLong()).isEqualTo(2);
        assertThat(checking.hasNonNull("deliberationOpenSince")).isFalse();
        assertThat(checking.get("silentNetworks")).isEmpty();
        assertThat(coordinator.postForEntity("/api/admissibility/checks/{id}", Map.of("outcome", "ADMISSIBLE"),
                JsonNode.class, first).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(awaitingOf(call).get("admissibilityChecks").asLong()).isEqualTo(1);

        passDeadline();
        JsonNode deliberating = awaitingOf(call);
        assertThat(deliberating.hasNonNull("deliberationOpenSince")).isTrue();
        assertThat(deliberating.hasNonNull("round")).as("no list proposed yet").isFalse();
        assertThat(deliberating.get("stillUnderReview").asLong()).as("one to check, one to review").isEqualTo(2);
        assertThat(deliberating.get("admissibilityChecks").asLong()).isEqualTo(1);

        propose();
        Job silence = silenceTimerOf("MES");
        ClockUtil.setCurrentTime(Date.from(silence.getDuedate().toInstant().plusSeconds(1)));
        management.executeJob(silence.getId());
        JsonNode followingUp = awaitingOf(call);
        assertThat(followingUp.hasNonNull("deliberationOpenSince")).as("the list is with the networks").isFalse();
        assertThat(followingUp.get("stillUnderReview").asLong()).isZero();
        assertThat(followingUp.get("silentNetworks")).extracting(JsonNode::asText).containsExactly("MES");
    }

    @Test
    void onlyTheCoordinatorsSeeWhatAwaitsThem() {
        for (String token : List.of(TestTokens.holder(UUID.randomUUID().toString()), TestTokens.reviewer("RTES"),
                TestTokens.delegate("MES"))) {
            assertThat(TestTokens.as(anonymous, token).getForEntity("/api/tracking/awaiting", JsonNode.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(anonymous.getForEntity("/api/tracking/awaiting", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** The call's entry, or {@code null} when nothing of it waits on the coordinators. */
    private JsonNode awaitingOf(CallOpened opened) {
        var answer = coordinator.getForEntity("/api/tracking/awaiting", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode entry : answer.getBody()) {
            if (opened.callId().toString().equals(entry.get("callId").asText())) {
                return entry;
            }
        }
        return null;
    }

    private UUID submit() {
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        kafka.publish(submitted);
        kafka.awaitConsumed("workflow", ApplicationsTopics.CANDIDACIES, CONSUMED);
        return submitted.candidacyId();
    }

    private void passDeadline() {
        ClockUtil.setCurrentTime(Date.from(call.submissionDeadline().plusSeconds(1)));
        management.executeJob(management.createJobQuery().processInstanceId(callProcessId()).singleResult().getId());
    }

    /** A list decided straight in the engine: what the deliberation checks is not what this test is about. */
    private void propose() throws Exception {
        var list = new RankedList(List.of(new RankedList.Entry(UUID.randomUUID(), "Classement")), List.of(),
                List.of());
        engine.completeTask(CallProcess.KEY, call.callId().toString(), CallProcess.Activities.DELIBERATE,
                "coordinator", Map.of(CallProcess.Variables.RANKED_LIST, objectMapper.writeValueAsBytes(list)));
    }

    private Job silenceTimerOf(String network) {
        return management.createJobQuery().processInstanceId(callProcessId())
                .activityId(CallProcess.Activities.VALIDATION_SILENT).list().stream()
                .filter(job -> network.equals(runtime.getVariable(job.getExecutionId(),
                        CallProcess.Variables.NETWORK)))
                .findFirst().orElseThrow();
    }

    private String callProcessId() {
        return engine.track(CallProcess.KEY, call.callId().toString()).orElseThrow().processInstanceId();
    }
}
