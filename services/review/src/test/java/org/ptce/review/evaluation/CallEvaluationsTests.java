package org.ptce.review.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.identity.api.IdentityTopics;
import org.ptce.identity.api.PersonRegistered;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewTopics;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.api.AssignReviewers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The coordinators read a call's evaluations a page at a time, and the tallies of a batch of its candidacies: what
 * they export for the committee's meetings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CallEvaluationsTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;

    KafkaTestClient kafka;
    TestRestTemplate rtes;
    TestRestTemplate mes;
    TestRestTemplate coordinator;
    CallOpened call;

    @BeforeEach
    void openACallReviewedByTwoReviewers() {
        kafka = KafkaTestClient.reading(ReviewTopics.CANDIDACIES);
        // EvaluationTests' reviewers, the only ones of their networks among the service's tests: registering them
        // again changes nothing, and each call assigns them.
        kafka.publish(new PersonRegistered(EvaluationTests.rtesReviewer, "Léa Dumas", Set.of("REVIEWER"),
                Network.RTES, null, null, Instant.now()));
        kafka.publish(new PersonRegistered(EvaluationTests.mesReviewer, "Nadia Ferhat", Set.of("REVIEWER"),
                Network.MES, null, null, Instant.now()));
        kafka.awaitConsumed("review", IdentityTopics.PEOPLE, CONSUMED);
        rtes = TestTokens.as(anonymous, TestTokens.get().token(EvaluationTests.rtesReviewer, List.of("REVIEWER"),
                "RTES"));
        mes = TestTokens.as(anonymous, TestTokens.get().token(EvaluationTests.mesReviewer, List.of("REVIEWER"),
                "MES"));
        coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        kafka.publish(call);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void everyAssignmentComesAPageAtATimeWithItsReviewerAndTheSubmittedEvaluationsScores() throws Exception {
        UUID reviewed = submitAndAssign();
        UUID underway = submitAndAssign();
        UUID untouched = submitAndAssign();
        declareImpartiality(rtes, reviewed);
        declareImpartiality(mes, reviewed);
        write(rtes, reviewed, 4, 3, "FAVOURABLE");
        submit(rtes, reviewed);
        write(mes, reviewed, 2, 5, "RESERVED");
        submit(mes, reviewed);
        declareImpartiality(rtes, underway);
        write(rtes, underway, 1, 1, "UNFAVOURABLE");
        declareImpartiality(mes, underway);

        var rows = new ArrayList<JsonNode>();
        for (int page = 0; page < 2; page++) {
            ResponseEntity<JsonNode> read = page(page, 4);
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody().get("totalItems").asLong()).isEqualTo(6);
            read.getBody().get("items").forEach(rows::add);
        }

        assertThat(rows).extracting(row -> row.get("candidacyId").asText() + " " + row.get("network").asText())
                .as("by candidacy in the order they came, then by network").containsExactly(
                        reviewed + " MES", reviewed + " RTES", underway + " MES", underway + " RTES",
                        untouched + " MES", untouched + " RTES");
        assertThat(rows).extracting(row -> row.get("status").asText()).containsExactly("SUBMITTED", "SUBMITTED",
                "TO_EVALUATE", "DRAFT", "TO_DECLARE", "TO_DECLARE");
        JsonNode submitted = rows.get(1);
        assertThat(submitted.get("reviewerId").asText()).isEqualTo(EvaluationTests.rtesReviewer);
        assertThat(submitted.get("reviewerName").asText()).isEqualTo("Léa Dumas");
        assertThat(submitted.get("ptceName").asText()).isEqualTo("PTCE du Val");
        assertThat(submitted.at("/scores/TERRITORIAL_ANCHORING").asInt()).isEqualTo(4);
        assertThat(submitted.at("/scores/COOPERATION").asInt()).isEqualTo(3);
        // 4 × 2 + 3 on weights 2 and 1.
        assertThat(submitted.get("weightedTotal").decimalValue()).isEqualByComparingTo("3.667");
        assertThat(submitted.get("thresholdsMet").asBoolean()).isTrue();
        assertThat(submitted.get("vote").asText()).isEqualTo("FAVOURABLE");
        assertThat(submitted.get("comment").asText()).isEqualTo("Un pôle bien ancré sur son territoire");
        assertThat(submitted.hasNonNull("submittedAt")).isTrue();
        JsonNode draft = rows.get(3);
        assertThat(draft.get("scores")).as("a draft is its reviewer's only").isEmpty();
        assertThat(draft.hasNonNull("vote")).isFalse();
        assertThat(draft.hasNonNull("comment")).isFalse();
        assertThat(draft.hasNonNull("weightedTotal")).isFalse();
        assertThat(page(2, 4).getBody().get("items")).as("past the end").isEmpty();
    }

    @Test
    void theTalliesOfABatchComeInTheOrderAskedThoseWithoutOneLeftOut() throws Exception {
        UUID reviewed = submitAndAssign();
        UUID notYet = submitAndAssign();
        declareImpartiality(rtes, reviewed);
        declareImpartiality(mes, reviewed);
        write(rtes, reviewed, 4, 3, "FAVOURABLE");
        submit(rtes, reviewed);
        write(mes, reviewed, 2, 5, "RESERVED");
        submit(mes, reviewed);
        kafka.awaitRecord(r -> reviewed.toString().equals(r.key())
                && "org.ptce.review.ReviewCompleted.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)),
                CONSUMED);

        var tallies = lookup(List.of(notYet, reviewed, UUID.randomUUID()));

        assertThat(tallies.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tallies.getBody()).hasSize(1);
        JsonNode tally = tallies.getBody().get(0);
        assertThat(tally.get("candidacyId").asText()).isEqualTo(reviewed.toString());
        assertThat(tally.get("weightedTotal").decimalValue()).isEqualByComparingTo("3.333");
        assertThat(tally.at("/tally/criteria").findValuesAsText("code")).containsExactly("TERRITORIAL_ANCHORING",
                "COOPERATION");
        assertThat(tally.at("/tally/votes").findValuesAsText("vote")).containsExactlyInAnyOrder("FAVOURABLE",
                "RESERVED");
        assertThat(coordinator.postForEntity("/api/review/calls/{id}/tallies/lookup",
                Map.of("candidacyIds", List.of(reviewed)), JsonNode.class, UUID.randomUUID()).getBody())
                .as("of another call").isEmpty();
        assertThat(lookup(List.of()).getBody()).isEmpty();
    }

    @Test
    void onlyCoordinatorsReadTheEvaluationsAndTalliesOfACall() {
        for (TestRestTemplate other : List.of(rtes, TestTokens.as(anonymous, TestTokens.delegate("MES")),
                TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString())))) {
            var evaluations = other.getForEntity("/api/review/calls/{id}/evaluations", JsonNode.class,
                    call.callId());
            var tallies = other.postForEntity("/api/review/calls/{id}/tallies/lookup",
                    Map.of("candidacyIds", List.of(UUID.randomUUID())), JsonNode.class, call.callId());
            assertThat(evaluations.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(evaluations.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(tallies.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(coordinator.getForEntity("/api/review/calls/{id}/evaluations", JsonNode.class,
                UUID.randomUUID()).getStatusCode()).as("a call the committee does not review")
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badPagesAndBatchesAreRefusedByTheirField() {
        assertRefused(page(-1, 10), "page");
        assertRefused(page(0, 0), "size");
        assertRefused(page(0, CallEvaluations.LARGEST_SIZE + 1), "size");
        assertRefused(coordinator.getForEntity("/api/review/calls/{id}/evaluations?size=cent", JsonNode.class,
                call.callId()), "size");
        var tooMany = new ArrayList<UUID>();
        for (int i = 0; i <= CallEvaluations.LARGEST_BATCH; i++) {
            tooMany.add(UUID.randomUUID());
        }
        assertRefused(lookup(tooMany), "candidacyIds");
        assertRefused(coordinator.postForEntity("/api/review/calls/{id}/tallies/lookup", Map.of(), JsonNode.class,
                call.callId()), "candidacyIds");
        assertRefused(coordinator.postForEntity("/api/review/calls/{id}/tallies/lookup",
                Map.of("candidacyIds", List.of("pas un identifiant")), JsonNode.class, call.callId()),
                "candidacyIds[0]");
        assertThat(page(0, CallEvaluations.LARGEST_SIZE).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().at("/errors/0/field").asText()).isEqualTo(field);
    }

    private ResponseEntity<JsonNode> page(int page, int size) {
        return coordinator.getForEntity("/api/review/calls/{id}/evaluations?page={page}&size={size}",
                JsonNode.class, call.callId(), page, size);
    }

    private ResponseEntity<JsonNode> lookup(List<UUID> candidacyIds) {
        return coordinator.postForEntity("/api/review/calls/{id}/tallies/lookup",
                Map.of("candidacyIds", candidacyIds), JsonNode.class, call.callId());
    }

    private UUID submitAndAssign() {
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        kafka.publish(submitted);
        // Consumed first, as in the platform: an assignment for a candidacy review does not know yet waits
        // for it, retried, and holds the consumer meanwhile.
        kafka.awaitConsumed("review", ApplicationsTopics.CANDIDACIES, CONSUMED);
        kafka.publish(new AssignReviewers(submitted.candidacyId(), call.callId(), Instant.now()));
        kafka.awaitRecord(r -> submitted.candidacyId().toString().equals(r.key()), CONSUMED);
        return submitted.candidacyId();
    }

    private void declareImpartiality(TestRestTemplate reviewer, UUID candidacyId) {
        assertThat(reviewer.postForEntity("/api/review/candidacies/{id}/impartiality", null, Void.class,
                candidacyId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void write(TestRestTemplate reviewer, UUID candidacyId, int anchoring, int cooperation, String vote) {
        var body = new HashMap<String, Object>();
        body.put("scores", Map.of("TERRITORIAL_ANCHORING", anchoring, "COOPERATION", cooperation));
        body.put("vote", vote);
        body.put("comment", "Un pôle bien ancré sur son territoire");
        assertThat(reviewer.exchange("/api/review/candidacies/{id}/evaluation", HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class, candidacyId).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private void submit(TestRestTemplate reviewer, UUID candidacyId) {
        assertThat(reviewer.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class,
                candidacyId).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
