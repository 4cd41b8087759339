package org.ptce.review.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.review.api.ReviewTopics;
import org.ptce.review.api.Vote;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.RankedListProposed;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A delegate reads, for the calls their network takes part in only, every round their network was asked about, the
 * rounds of a call with every network's answers, and each round's list with the PTCEs' names, places, motivations
 * and tallies, a page at a time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class DelegateReadingTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    JdbcClient jdbc;

    KafkaTestClient kafka;
    CallOpened call;
    UUID laureate;
    UUID reserve;
    UUID notSelected;

    @BeforeEach
    void proposeAListOfThreeReviewedCandidacies() {
        kafka = KafkaTestClient.reading(ReviewTopics.CALLS);
        call = ApplicationsMessages.callOpened(Network.RTES, Network.MES);
        kafka.publish(call);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
        laureate = submit();
        reserve = submit();
        notSelected = submit();
        kafka.awaitConsumed("review", ApplicationsTopics.CANDIDACIES, CONSUMED);
        tally(laureate, "4.333", true, Vote.FAVOURABLE);
        tally(reserve, "3.100", true, Vote.RESERVED);
        propose(1);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aDelegateReadsTheProposedListWithEachCandidacysPlaceMotivationAndTallyAPageAtATime() {
        var rtes = TestTokens.as(anonymous, TestTokens.delegate("RTES"));

        var first = rtes.getForEntity("/api/review/validations/{callId}/rounds/1/candidacies?page=0&size=2",
                JsonNode.class, call.callId());
        var second = rtes.getForEntity("/api/review/validations/{callId}/rounds/1/candidacies?page=1&size=2",
                JsonNode.class, call.callId());

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("totalItems").asLong()).isEqualTo(3);
        JsonNode top = first.getBody().at("/items/0");
        assertThat(top.get("candidacyId").asText()).isEqualTo(laureate.toString());
        assertThat(top.get("ptceName").asText()).isEqualTo("PTCE du Val");
        assertThat(top.get("place").asText()).isEqualTo("LAUREATE");
        assertThat(top.get("position").asInt()).isEqualTo(1);
        assertThat(top.get("motivation").asText()).isEqualTo("Projet exemplaire");
        assertThat(top.at("/tally/weightedTotal").decimalValue()).isEqualByComparingTo("4.333");
        assertThat(top.at("/tally/criteria/0/code").asText()).isEqualTo("TERRITORIAL_ANCHORING");
        assertThat(top.at("/tally/votes/0/network").asText()).isEqualTo("RTES");
        assertThat(first.getBody().at("/items/1/place").asText()).isEqualTo("RESERVE");
        assertThat(first.getBody().at("/items/1/position").asInt()).isEqualTo(1);
        assertThat(second.getBody().get("items")).hasSize(1);
        assertThat(second.getBody().at("/items/0/place").asText()).isEqualTo("NOT_SELECTED");
        assertThat(absent(second.getBody().at("/items/0/tally"))).as("reviewed without a tally").isTrue();
        assertThat(rtes.getForEntity("/api/review/validations/{callId}/rounds/1/candidacies?size=500",
                JsonNode.class, call.callId()).getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void aDelegateSeesEveryRoundOfTheirNetworkAndEveryNetworksAnswersOnceGiven() {
        var rtes = TestTokens.as(anonymous, TestTokens.delegate("RTES"));
        var mes = TestTokens.as(anonymous, TestTokens.delegate("MES"));
        answer(mes, 1, false, "La réserve est trop courte");
        propose(2);

        var rounds = rtes.getForEntity("/api/review/validations/rounds", JsonNode.class).getBody();
        var ofCall = rtes.getForEntity("/api/review/validations/{callId}", JsonNode.class, call.callId());

        var mine = new java.util.ArrayList<JsonNode>();
        rounds.forEach(round -> {
            if (round.get("callId").asText().equals(call.callId().toString())) {
                mine.add(round);
            }
        });
        assertThat(mine).extracting(round -> round.get("round").asInt()).containsExactly(1, 2);
        assertThat(mine.get(0).get("callTitle").asText()).isEqualTo("AMI PTCE 2027");
        assertThat(mine.get(0).get("network").asText()).isEqualTo("RTES");
        assertThat(mine.get(0).get("laureates").asInt()).isEqualTo(1);
        assertThat(mine.get(0).get("reserve").asInt()).isEqualTo(1);
        assertThat(mine.get(0).get("notSelected").asInt()).isEqualTo(1);
        assertThat(mine.get(0).get("latestRound").asInt()).as("superseded").isEqualTo(2);
        assertThat(absent(mine.get(0).path("validatedAt"))).isTrue();

        assertThat(ofCall.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ofCall.getBody().get("network").asText()).isEqualTo("RTES");
        assertThat(ofCall.getBody().at("/grid/criteria/0/label").asText()).isEqualTo("Ancrage territorial");
        JsonNode firstRound = ofCall.getBody().at("/rounds/0");
        assertThat(firstRound.get("round").asInt()).isEqualTo(1);
        assertThat(firstRound.get("answers").findValuesAsText("network")).containsExactly("RTES", "MES");
        assertThat(firstRound.at("/answers/1/approved").asBoolean(true)).isFalse();
        assertThat(firstRound.at("/answers/1/reason").asText()).isEqualTo("La réserve est trop courte");
        assertThat(absent(firstRound.at("/answers/0/validatedAt"))).isTrue();
        assertThat(firstRound.findValues("delegateId")).as("who answered is the coordinators' to know").isEmpty();
        assertThat(ofCall.getBody().at("/rounds/1/round").asInt()).isEqualTo(2);
    }

    @Test
    void anotherNetworksDelegateAndOtherRolesCannotReadTheCallsValidations() {
        var ufisc = TestTokens.as(anonymous, TestTokens.delegate("UFISC"));
        var reviewer = TestTokens.as(anonymous, TestTokens.reviewer("RTES"));
        var coordinator = TestTokens.as(anonymous, TestTokens.coordinator());

        assertThat(ufisc.getForEntity("/api/review/validations/{callId}", JsonNode.class, call.callId())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ufisc.getForEntity("/api/review/validations/{callId}/rounds/1/candidacies", JsonNode.class,
                call.callId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ufisc.getForEntity("/api/review/validations/rounds", JsonNode.class).getBody().findValuesAsText(
                "callId")).doesNotContain(call.callId().toString());
        assertThat(ufisc.getForEntity("/api/review/calls/{callId}/validations", JsonNode.class, call.callId())
                .getStatusCode()).as("the coordinators' view").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ufisc.getForEntity("/api/review/calls/{callId}/ranking", JsonNode.class, call.callId())
                .getStatusCode()).as("the coordinators' ranking").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reviewer.getForEntity("/api/review/validations/{callId}/rounds/1/candidacies", JsonNode.class,
                call.callId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(coordinator.getForEntity("/api/review/validations/rounds", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getForEntity("/api/review/validations/{callId}", JsonNode.class, call.callId())
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** A field the service leaves out when it has no value. */
    private static boolean absent(JsonNode field) {
        return field.isMissingNode() || field.isNull();
    }

    private UUID submit() {
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        kafka.publish(submitted);
        return submitted.candidacyId();
    }

    /** The candidacy's tally, as the review stores it when the last evaluation is in. */
    private void tally(UUID candidacyId, String total, boolean met, Vote vote) {
        var completed = new ReviewCompleted(candidacyId, call.callId(), List.of(
                new ReviewCompleted.CriterionResult("TERRITORIAL_ANCHORING", 2, new BigDecimal(total),
                        new BigDecimal("2.5"), met),
                new ReviewCompleted.CriterionResult("COOPERATION", 1, new BigDecimal(total), new BigDecimal("2"),
                        met)),
                new BigDecimal(total), new BigDecimal("3"), met,
                List.of(new ReviewCompleted.NetworkVote(Network.RTES, vote, 1),
                        new ReviewCompleted.NetworkVote(Network.MES, vote, 1)),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        jdbc.sql("insert into tallies (candidacy_id, call_id, weighted_total, thresholds_met, details, completed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(candidacyId, call.callId(), new BigDecimal(total), met,
                        objectMapper.valueToTree(completed).toString(), Timestamp.from(completed.completedAt()))
                .update();
    }

    private void propose(int round) {
        kafka.publish(new RankedListProposed(call.callId(), round, new RankedList(
                List.of(new RankedList.Entry(laureate, "Projet exemplaire")),
                List.of(new RankedList.Entry(reserve, "Solide, à conforter")),
                List.of(new RankedList.Entry(notSelected, "Ancrage insuffisant"))), Instant.now()));
        kafka.awaitConsumed("review", WorkflowTopics.CALLS, CONSUMED);
    }

    private void answer(TestRestTemplate delegate, int round, boolean approved, String reason) {
        var answered = delegate.postForEntity("/api/review/validations/{callId}/rounds/{round}",
                Map.of("approved", approved, "reason", reason), JsonNode.class, call.callId(), round);
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
