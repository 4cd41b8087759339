package org.ptce.review.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long each network's reviewers take over a call's evaluations, from assignment to submission, as the
 * coordinators' picture of the process shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class EvaluationLeadTimesTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);
    private static final Instant ASSIGNED = Instant.parse("2027-04-01T08:00:00Z");

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcClient jdbc;

    KafkaTestClient kafka;
    TestRestTemplate rtes;
    TestRestTemplate mes;
    TestRestTemplate coordinator;
    CallOpened call;

    @BeforeEach
    void openACallReviewedByTwoReviewersAndANetworkWithoutAny() {
        kafka = KafkaTestClient.reading(ReviewTopics.CANDIDACIES);
        // EvaluationTests' reviewers, the only ones of their networks among the service's tests; UFISC has none.
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
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES, Network.UFISC);
        kafka.publish(call);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void eachNetworkHasItsMedianAndSlowestTimeFromAssignmentToSubmission() {
        UUID quick = submitAndAssign();
        UUID middling = submitAndAssign();
        UUID slow = submitAndAssign();
        evaluate(rtes, quick, Duration.ofHours(1));
        evaluate(rtes, middling, Duration.ofHours(2));
        evaluate(rtes, slow, Duration.ofHours(6));
        evaluate(mes, quick, Duration.ofMinutes(35));
        evaluate(mes, middling, Duration.ofHours(3));
        declareImpartiality(mes, slow);

        var answer = coordinator.getForEntity("/api/review/calls/{id}/lead-times", JsonNode.class, call.callId());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode networks = answer.getBody().get("networks");
        assertThat(networks.findValuesAsText("network")).as("the committee's order")
                .containsExactly("RTES", "MES", "UFISC");
        JsonNode rtesTimes = networks.get(0);
        assertThat(rtesTimes.get("assigned").asInt()).isEqualTo(3);
        assertThat(rtesTimes.get("submitted").asInt()).isEqualTo(3);
        assertThat(rtesTimes.get("median").asText()).isEqualTo("PT2H");
        assertThat(rtesTimes.get("slowest").asText()).isEqualTo("PT6H");
        JsonNode mesTimes = networks.get(1);
        assertThat(mesTimes.get("assigned").asInt()).isEqualTo(3);
        assertThat(mesTimes.get("submitted").asInt()).isEqualTo(2);
        assertThat(mesTimes.get("median").asText()).as("halfway between the two").isEqualTo("PT1H47M30S");
        assertThat(mesTimes.get("slowest").asText()).isEqualTo("PT3H");
        JsonNode ufisc = networks.get(2);
        assertThat(ufisc.get("assigned").asInt()).isZero();
        assertThat(ufisc.get("submitted").asInt()).isZero();
        assertThat(ufisc.hasNonNull("median")).isFalse();
    }

    @Test
    void onlyCoordinatorsReadTheLeadTimesOfACallTheCommitteeReviews() {
        for (TestRestTemplate other : List.of(rtes, TestTokens.as(anonymous, TestTokens.delegate("MES")),
                TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString())))) {
            var refused = other.getForEntity("/api/review/calls/{id}/lead-times", JsonNode.class, call.callId());
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(coordinator.getForEntity("/api/review/calls/{id}/lead-times", JsonNode.class,
                UUID.randomUUID()).getStatusCode()).as("a call the committee does not review")
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode none = coordinator.getForEntity("/api/review/calls/{id}/lead-times", JsonNode.class,
                call.callId()).getBody();
        assertThat(none.get("networks").findValuesAsText("assigned")).as("nothing assigned yet")
                .containsExactly("0", "0", "0");
    }

    /** The reviewer declares, writes and submits; then the assignment is dated so that it took this long. */
    private void evaluate(TestRestTemplate reviewer, UUID candidacyId, Duration took) {
        declareImpartiality(reviewer, candidacyId);
        var body = new HashMap<String, Object>();
        body.put("scores", Map.of("TERRITORIAL_ANCHORING", 4, "COOPERATION", 3));
        body.put("vote", "FAVOURABLE");
        body.put("comment", "Un pôle bien ancré sur son territoire");
        assertThat(reviewer.exchange("/api/review/candidacies/{id}/evaluation", HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class, candidacyId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reviewer.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class,
                candidacyId).getStatusCode()).isEqualTo(HttpStatus.OK);
        String reviewerId = reviewer == rtes ? EvaluationTests.rtesReviewer : EvaluationTests.mesReviewer;
        jdbc.sql("update assignments set assigned_at = ? where candidacy_id = ? and reviewer_id = ?")
                .params(Timestamp.from(ASSIGNED), candidacyId, reviewerId).update();
        jdbc.sql("update evaluations set submitted_at = ? where candidacy_id = ? and reviewer_id = ?")
                .params(Timestamp.from(ASSIGNED.plus(took)), candidacyId, reviewerId).update();
    }

    private void declareImpartiality(TestRestTemplate reviewer, UUID candidacyId) {
        assertThat(reviewer.postForEntity("/api/review/candidacies/{id}/impartiality", null, Void.class,
                candidacyId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
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
}
