package org.ptce.review.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.ptce.workflow.api.EvaluationsOverdue;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Reviewers evaluate what is assigned to them, for their own network, once, blind until their own is in; the last
 * evaluation sends the tally on, and the coordinator ranks the call's candidacies by it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class EvaluationTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    ObjectMapper objectMapper;

    KafkaTestClient kafka;
    static final String rtesReviewer = UUID.randomUUID().toString();
    static final String mesReviewer = UUID.randomUUID().toString();
    TestRestTemplate rtes;
    TestRestTemplate mes;

    @BeforeEach
    void registerTwoReviewers() {
        kafka = KafkaTestClient.reading(ReviewTopics.CANDIDACIES);
        // The only reviewers of their networks among the review service's tests, the same for every test: each call
        // assigns them.
        kafka.publish(new PersonRegistered(rtesReviewer, "Léa Dumas", Set.of("REVIEWER"), Network.RTES, null, null,
                Instant.now()));
        kafka.publish(new PersonRegistered(mesReviewer, "Nadia Ferhat", Set.of("REVIEWER"), Network.MES,
                null, null, Instant.now()));
        kafka.awaitConsumed("review", IdentityTopics.PEOPLE, CONSUMED);
        rtes = TestTokens.as(anonymous, TestTokens.get().token(rtesReviewer, List.of("REVIEWER"), "RTES"));
        mes = TestTokens.as(anonymous, TestTokens.get().token(mesReviewer, List.of("REVIEWER"), "MES"));
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void twoReviewersEvaluateBlindThenTheTallyGoesOnOnceAndRanksTheCandidacy() throws Exception {
        CallOpened call = open(ApplicationsMessages.callOpened(Network.RTES, Network.MES));
        UUID candidacyId = submitAndAssign(call);

        assertThat(write(rtes, candidacyId, scores(4, 3), "FAVOURABLE").getStatusCode())
                .as("before declaring no conflict").isEqualTo(HttpStatus.CONFLICT);
        declareImpartiality(rtes, candidacyId);
        declareImpartiality(mes, candidacyId);
        assertThat(write(rtes, candidacyId, scores(4, 3), null).getStatusCode()).isEqualTo(HttpStatus.OK);
        var incomplete = rtes.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class,
                candidacyId);
        assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(incomplete.getBody().at("/errors/0/field").asText()).isEqualTo("vote");
        write(rtes, candidacyId, scores(4, 3), "FAVOURABLE");
        assertThat(rtes.getForEntity("/api/review/candidacies/{id}/evaluations", JsonNode.class, candidacyId)
                .getStatusCode()).as("blind until one's own is in").isEqualTo(HttpStatus.FORBIDDEN);

        var submitted = rtes.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class,
                candidacyId);
        var again = rtes.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class,
                candidacyId);
        assertThat(submitted.getBody().get("network").asText()).isEqualTo("RTES");
        assertThat(again.getBody().get("submittedAt")).isEqualTo(submitted.getBody().get("submittedAt"));
        assertThat(write(rtes, candidacyId, scores(5, 5), "FAVOURABLE").getStatusCode())
                .as("a submitted evaluation is final").isEqualTo(HttpStatus.CONFLICT);
        assertThat(rtes.getForEntity("/api/review/candidacies/{id}/evaluations", JsonNode.class, candidacyId)
                .getBody()).hasSize(1);

        var overdue = new EvaluationsOverdue(candidacyId, call.callId(), Instant.now());
        String overdueId = kafka.publish(overdue);
        kafka.publish(overdue, overdueId);
        kafka.awaitConsumed("review", WorkflowTopics.CANDIDACIES, CONSUMED);
        assertThat(remindedAt(mes, candidacyId)).as("late").isNotNull();
        assertThat(remindedAt(rtes, candidacyId)).as("submitted already").isNull();
        var reminded = kafka.awaitRecord(r -> isReviewersReminded(r, candidacyId), CONSUMED);
        assertThat(objectMapper.readTree(reminded.value()).get("reviewerIds")).extracting(JsonNode::asText)
                .containsExactly(mesReviewer);
        assertThat(kafka.readFor(Duration.ofSeconds(1))).as("the overdue delivered twice reminds once")
                .filteredOn(r -> isReviewersReminded(r, candidacyId)).hasSize(1);

        write(mes, candidacyId, scores(2, 5), "RESERVED");
        mes.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class, candidacyId);

        var completed = kafka.awaitRecord(r -> isReviewCompleted(r, candidacyId), CONSUMED);
        JsonNode tally = objectMapper.readTree(completed.value());
        // Means 3 and 4 on weights 2 and 1: (3 × 2 + 4) / 3.
        assertThat(tally.get("weightedTotal").decimalValue()).isEqualByComparingTo("3.333");
        assertThat(tally.get("thresholdsMet").asBoolean()).isTrue();
        assertThat(tally.get("votes").findValuesAsText("network")).containsExactly("RTES", "MES");
        assertThat(kafka.readFor(Duration.ofSeconds(1))).filteredOn(r -> isReviewCompleted(r, candidacyId)).hasSize(1);
        var ranking = TestTokens.as(anonymous, TestTokens.coordinator())
                .getForEntity("/api/review/calls/{callId}/ranking", JsonNode.class, call.callId());
        assertThat(ranking.getBody()).hasSize(1);
        assertThat(ranking.getBody().get(0).get("candidacyId").asText()).isEqualTo(candidacyId.toString());
        assertThat(ranking.getBody().get(0).get("thresholdsMet").asBoolean()).isTrue();
        assertThat(mes.getForEntity("/api/review/calls/{callId}/ranking", JsonNode.class, call.callId())
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void scoresOutOfRangeOrOffTheGridAndStrangersAreRefused() {
        CallOpened call = open(ApplicationsMessages.callOpened(Network.RTES, Network.MES));
        UUID candidacyId = submitAndAssign(call);
        declareImpartiality(rtes, candidacyId);

        var outOfRange = write(rtes, candidacyId, scores(7, 3), "FAVOURABLE");
        var fractional = rtes.exchange("/api/review/candidacies/{id}/evaluation", HttpMethod.PUT,
                new HttpEntity<>(Map.of("scores", Map.of("TERRITORIAL_ANCHORING", 3.7, "COOPERATION", 3),
                        "vote", "FAVOURABLE")), JsonNode.class, candidacyId);
        var offTheGrid = write(rtes, candidacyId, Map.of("TERRITORIAL_ANCHORING", 3, "BEAUTY", 5), "FAVOURABLE");
        var notAVote = rtes.exchange("/api/review/candidacies/{id}/evaluation", HttpMethod.PUT,
                new HttpEntity<>(Map.of("scores", scores(3, 3), "vote", "ENTHUSIASTIC")), JsonNode.class,
                candidacyId);
        var stranger = write(TestTokens.as(anonymous, TestTokens.reviewer("RTES")), candidacyId, scores(3, 3),
                "FAVOURABLE");
        var delegate = write(TestTokens.as(anonymous, TestTokens.delegate("RTES")), candidacyId, scores(3, 3),
                "FAVOURABLE");
        var holder = TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString()))
                .getForEntity("/api/review/candidacies/{id}/evaluations", JsonNode.class, candidacyId);

        assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfRange.getBody().at("/errors/0/field").asText()).startsWith("scores");
        assertThat(fractional.getStatusCode()).as("3.7 is not read as 3").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fractional.getBody().at("/errors/0/field").asText()).startsWith("scores");
        assertThat(offTheGrid.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(offTheGrid.getBody().at("/errors/0/field").asText()).isEqualTo("scores.BEAUTY");
        assertThat(notAVote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notAVote.getBody().at("/errors/0/field").asText()).isEqualTo("vote");
        assertThat(stranger.getStatusCode()).as("not assigned: the candidacy does not exist for them")
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delegate.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(holder.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void evaluationsAreFrozenAfterTheReviewDeadline() {
        var template = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        var now = Instant.now();
        CallOpened call = open(new CallOpened(template.callId(), template.title(), now.minus(10, ChronoUnit.DAYS),
                template.participatingNetworks(), template.evaluationGrid(), template.requiredDocuments(),
                now.minus(1, ChronoUnit.MINUTES), template.completionTimeLimit(), now.minus(40, ChronoUnit.DAYS),
                template.description()));
        UUID candidacyId = submitAndAssign(call);
        declareImpartiality(rtes, candidacyId);

        var late = write(rtes, candidacyId, scores(3, 3), "FAVOURABLE");

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("detail").asText()).contains("evaluations are frozen");
        assertThat(Instant.parse(late.getBody().get("deadline").asText()))
                .as("the deadline, for the page to say when it was")
                .isCloseTo(call.reviewDeadline(), within(1, ChronoUnit.MILLIS));
        assertThat(mine(rtes, candidacyId).get("overdue").asBoolean()).as("past the deadline, not submitted")
                .isTrue();
    }

    @Test
    void eachAssignmentSaysItsCallItsDeadlineAndWhereItStandsTheOverdueFirstTheSubmittedLast() {
        CallOpened call = open(ApplicationsMessages.callOpened(Network.RTES, Network.MES));
        UUID toEvaluate = submitAndAssign(call);
        UUID overdue = submitAndAssign(call);
        UUID submitted = submitAndAssign(call);
        assertThat(mine(rtes, toEvaluate).get("status").asText()).isEqualTo("TO_DECLARE");

        declareImpartiality(rtes, toEvaluate);
        declareImpartiality(rtes, overdue);
        declareImpartiality(rtes, submitted);
        var partial = write(rtes, overdue, Map.of("TERRITORIAL_ANCHORING", 2), null);
        write(rtes, submitted, scores(4, 3), "FAVOURABLE");
        rtes.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class, submitted);
        kafka.publish(new EvaluationsOverdue(overdue, call.callId(), Instant.now()));
        kafka.awaitConsumed("review", WorkflowTopics.CANDIDACIES, CONSUMED);

        var listed = new java.util.ArrayList<JsonNode>();
        rtes.getForEntity("/api/review/assignments", JsonNode.class).getBody().forEach(assignment -> {
            if (Set.of(toEvaluate, overdue, submitted).contains(UUID.fromString(assignment.get("candidacyId")
                    .asText()))) {
                listed.add(assignment);
            }
        });
        assertThat(listed).extracting(assignment -> assignment.get("candidacyId").asText())
                .containsExactly(overdue.toString(), toEvaluate.toString(), submitted.toString());
        assertThat(listed).extracting(assignment -> assignment.get("status").asText())
                .containsExactly("DRAFT", "TO_EVALUATE", "SUBMITTED");
        assertThat(listed).extracting(assignment -> assignment.get("overdue").asBoolean())
                .containsExactly(true, false, false);
        assertThat(listed.get(1).get("callTitle").asText()).isEqualTo("AMI PTCE 2027");
        assertThat(Instant.parse(listed.get(1).get("reviewDeadline").asText())).isEqualTo(call.reviewDeadline());
        assertThat(listed.get(0).hasNonNull("remindedAt")).isTrue();
        assertThat(listed.get(2).hasNonNull("submittedAt")).isTrue();
        assertThat(mine(rtes, submitted).get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(TestTokens.as(anonymous, TestTokens.reviewer("RTES"))
                .getForEntity("/api/review/assignments/{id}", JsonNode.class, submitted).getStatusCode())
                .as("not theirs").isEqualTo(HttpStatus.NOT_FOUND);

        // The draft's score sheet, as scored so far: one criterion below its threshold, the other not scored.
        JsonNode sheet = partial.getBody().get("scoreSheet");
        assertThat(sheet.get("criteria").findValuesAsText("code"))
                .containsExactly("TERRITORIAL_ANCHORING", "COOPERATION");
        assertThat(sheet.at("/criteria/0/met").asBoolean()).isFalse();
        assertThat(sheet.at("/criteria/1").hasNonNull("score")).isFalse();
        assertThat(sheet.get("weightedTotal").decimalValue()).isEqualByComparingTo("2");
        assertThat(sheet.get("scoredCount").asInt()).isEqualTo(1);
        assertThat(sheet.hasNonNull("thresholdsMet")).as("not every criterion scored").isFalse();
        JsonNode complete = rtes.getForEntity("/api/review/candidacies/{id}/evaluation", JsonNode.class, submitted)
                .getBody().get("scoreSheet");
        // (4 × 2 + 3 × 1) / 3
        assertThat(complete.get("weightedTotal").decimalValue()).isEqualByComparingTo("3.667");
        assertThat(complete.get("thresholdsMet").asBoolean()).isTrue();
    }

    @Test
    void aReviewerWhoGivesUpTheLastPendingEvaluationToNobodyLetsTheTallyGoOn() throws Exception {
        CallOpened call = open(ApplicationsMessages.callOpened(Network.RTES, Network.MES));
        UUID candidacyId = submitAndAssign(call);
        declareImpartiality(rtes, candidacyId);
        write(rtes, candidacyId, scores(4, 3), "FAVOURABLE");
        rtes.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class, candidacyId);
        declareImpartiality(mes, candidacyId);
        write(mes, candidacyId, scores(1, 1), null);

        // The only MES reviewer finds a conflict: nobody of the network takes it over, and their draft is not counted.
        var declared = mes.postForEntity("/api/review/candidacies/{id}/conflicts",
                Map.of("reason", "Je viens d'être élue au bureau d'un membre du pôle"), Void.class, candidacyId);

        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode tally = objectMapper.readTree(kafka.awaitRecord(r -> isReviewCompleted(r, candidacyId), CONSUMED)
                .value());
        assertThat(tally.get("votes").findValuesAsText("network")).containsExactly("RTES");
        assertThat(tally.get("weightedTotal").decimalValue()).isEqualByComparingTo("3.667");
    }

    @Test
    void aReviewerWhoseEvaluationIsSubmittedCannotGiveItUp() {
        CallOpened call = open(ApplicationsMessages.callOpened(Network.RTES, Network.MES));
        UUID candidacyId = submitAndAssign(call);
        declareImpartiality(rtes, candidacyId);
        write(rtes, candidacyId, scores(4, 3), "FAVOURABLE");
        rtes.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class, candidacyId);

        var declared = rtes.postForEntity("/api/review/candidacies/{id}/conflicts", Map.of("reason", "Trop tard"),
                JsonNode.class, candidacyId);

        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(rtes.getForEntity("/api/review/candidacies/{id}/evaluation", JsonNode.class, candidacyId)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static boolean isReviewersReminded(ConsumerRecord<String, byte[]> record, UUID candidacyId) {
        return candidacyId.toString().equals(record.key()) && "org.ptce.review.ReviewersReminded.v1".equals(
                KafkaTestClient.header(record, CloudEventHeaders.TYPE));
    }

    private static boolean isReviewCompleted(ConsumerRecord<String, byte[]> record, UUID candidacyId) {
        return candidacyId.toString().equals(record.key())
                && "org.ptce.review.ReviewCompleted.v1".equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE));
    }

    private JsonNode remindedAt(TestRestTemplate reviewer, UUID candidacyId) {
        for (JsonNode assignment : reviewer.getForEntity("/api/review/assignments", JsonNode.class).getBody()) {
            if (assignment.get("candidacyId").asText().equals(candidacyId.toString())) {
                return assignment.get("remindedAt");
            }
        }
        throw new AssertionError("Not assigned " + candidacyId);
    }

    private JsonNode mine(TestRestTemplate reviewer, UUID candidacyId) {
        var assignment = reviewer.getForEntity("/api/review/assignments/{id}", JsonNode.class, candidacyId);
        assertThat(assignment.getStatusCode()).isEqualTo(HttpStatus.OK);
        return assignment.getBody();
    }

    private CallOpened open(CallOpened call) {
        kafka.publish(call);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
        return call;
    }

    private UUID submitAndAssign(CallOpened call) {
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

    private ResponseEntity<JsonNode> write(TestRestTemplate reviewer, UUID candidacyId, Map<String, Integer> scores,
            String vote) {
        var body = new HashMap<String, Object>();
        body.put("scores", scores);
        body.put("vote", vote);
        body.put("comment", "Un pôle bien ancré sur son territoire");
        return reviewer.exchange("/api/review/candidacies/{id}/evaluation", HttpMethod.PUT, new HttpEntity<>(body),
                JsonNode.class, candidacyId);
    }

    /** Scores on the fixtures' grid: territorial anchoring (weight 2), cooperation (weight 1). */
    private static Map<String, Integer> scores(int territorialAnchoring, int cooperation) {
        return Map.of("TERRITORIAL_ANCHORING", territorialAnchoring, "COOPERATION", cooperation);
    }
}
