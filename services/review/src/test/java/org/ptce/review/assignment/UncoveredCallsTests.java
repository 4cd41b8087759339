package org.ptce.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator counts, call by call, the candidacies under review left without a reviewer of a participating
 * network. The state is written as the service stores it: which networks have a free reviewer otherwise depends on
 * the rosters the other tests register.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class UncoveredCallsTests {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcTemplate jdbc;

    final Instant now = Instant.now();
    String rtesReviewer;
    String mesReviewer;

    @BeforeEach
    void registerTwoReviewers() {
        rtesReviewer = member("RTES");
        mesReviewer = member("MES");
    }

    @Test
    void aCallCountsItsCandidaciesUnderReviewThatANetworkHasNoReviewerFor() {
        UUID call = call("AMI PTCE 2027", now.plus(Duration.ofDays(30)), "RTES", "MES");
        assigned(underReview(call, "PTCE du Val"), rtesReviewer, "RTES");
        underReview(call, "PTCE Sud Aquitaine");
        UUID covered = underReview(call, "PTCE de Morlaix");
        assigned(covered, rtesReviewer, "RTES");
        assigned(covered, mesReviewer, "MES");
        UUID withdrawn = underReview(call, "PTCE retiré");
        jdbc.update("update candidacies_under_review set withdrawn_at = ? where candidacy_id = ?", ts(now),
                withdrawn);
        UUID tallied = underReview(call, "PTCE évalué");
        jdbc.update("insert into tallies (candidacy_id, call_id, weighted_total, thresholds_met, details,"
                + " completed_at) values (?, ?, 3.5, true, '{}', ?)", tallied, call, ts(now));
        candidacy(call, "PTCE pas encore en évaluation");

        JsonNode counted = entryOf(call);

        assertThat(counted.get("title").asText()).isEqualTo("AMI PTCE 2027");
        assertThat(counted.get("candidacies").asInt()).isEqualTo(2);
        assertThat(counted.get("networksWithoutReviewer")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("RTES", "MES");
        assertThat(counted.hasNonNull("reviewDeadline")).isTrue();
    }

    @Test
    void aCallFullyCoveredOrPastItsReviewDeadlineIsNotCounted() {
        UUID coveredCall = call("AMI couvert", now.plus(Duration.ofDays(30)), "RTES");
        assigned(underReview(coveredCall, "PTCE du Val"), rtesReviewer, "RTES");
        UUID frozenCall = call("AMI clos", now.minus(Duration.ofDays(1)), "RTES", "MES");
        underReview(frozenCall, "PTCE du Val");

        assertThat(entryOf(coveredCall)).isNull();
        assertThat(entryOf(frozenCall)).isNull();
    }

    @Test
    void onlyACoordinatorCountsThem() {
        for (String token : List.of(TestTokens.reviewer("RTES"), TestTokens.delegate("MES"),
                TestTokens.holder(UUID.randomUUID().toString()))) {
            assertThat(TestTokens.as(anonymous, token).getForEntity("/api/review/uncovered", JsonNode.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(anonymous.getForEntity("/api/review/uncovered", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private JsonNode entryOf(UUID call) {
        var answer = TestTokens.as(anonymous, TestTokens.coordinator())
                .getForEntity("/api/review/uncovered", JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return StreamSupport.stream(answer.getBody().spliterator(), false)
                .filter(entry -> call.toString().equals(entry.get("callId").asText())).findFirst().orElse(null);
    }

    private UUID call(String title, Instant reviewDeadline, String... networks) {
        UUID call = UUID.randomUUID();
        jdbc.update("insert into calls_under_review (call_id, title, participating_networks, submission_deadline,"
                        + " registered_at, registered_for, review_deadline)"
                        + " values (?, ?, ?::text[], ?, ?, 'CallOpened', ?)",
                call, title, "{" + String.join(",", networks) + "}", ts(now.minus(Duration.ofDays(10))), ts(now),
                ts(reviewDeadline));
        return call;
    }

    private UUID candidacy(UUID call, String name) {
        UUID candidacy = UUID.randomUUID();
        jdbc.update("insert into candidacies_under_review (candidacy_id, call_id, ptce_name, member_names,"
                + " member_sirens, registered_at, updated_at) values (?, ?, ?, '{}', '{}', ?, ?)", candidacy, call,
                name, ts(now), ts(now));
        return candidacy;
    }

    private UUID underReview(UUID call, String name) {
        UUID candidacy = candidacy(call, name);
        jdbc.update("insert into review_requests (candidacy_id, call_id, requested_at) values (?, ?, ?)", candidacy,
                call, ts(now));
        return candidacy;
    }

    private void assigned(UUID candidacy, String reviewer, String network) {
        jdbc.update("insert into assignments (candidacy_id, reviewer_id, network, call_id, assigned_at, assigned_by)"
                + " select ?, ?, ?, call_id, ?, 'review' from candidacies_under_review where candidacy_id = ?",
                candidacy, reviewer, network, ts(now), candidacy);
    }

    /** A reviewer who has left the roster: their assignments stand, and no other test's candidacy is given them. */
    private String member(String network) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into committee_members (person_id, display_name, network, role, registered_at, active,"
                + " changed_at) values (?, ?, ?, 'REVIEWER', ?, false, ?)", id, "Évaluateur " + network, network,
                ts(now), ts(now));
        return id;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
