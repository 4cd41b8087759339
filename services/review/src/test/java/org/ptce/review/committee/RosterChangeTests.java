package org.ptce.review.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.identity.api.IdentityTopics;
import org.ptce.identity.api.PersonDisabled;
import org.ptce.identity.api.PersonRegistered;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.messaging.PlatformMessage;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The identity provider announces a person again after every change: a reviewer moved to another network, disabled
 * or enabled again leaves or rejoins a roster, and is given new work only where they are on one now; what they were
 * assigned and evaluated stays. An older announcement read after a newer one changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class RosterChangeTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcTemplate jdbc;

    KafkaTestClient kafka;
    TestRestTemplate coordinator;
    final List<String> registered = new ArrayList<>();
    /** A little in the past, so that the disabling that ends each test is newer than anything the test announced. */
    final Instant start = Instant.now().minusSeconds(600);

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.reading(ReviewTopics.CANDIDACIES);
        coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
    }

    /**
     * The other tests of the service count on the reviewers they register being alone in their networks: this
     * test's leave every roster at its end.
     */
    @AfterEach
    void disableEveryoneRegistered() {
        registered.forEach(personId -> kafka.publish(new PersonDisabled(personId, "coordinator", Instant.now())));
        kafka.awaitConsumed("review", IdentityTopics.PEOPLE, CONSUMED);
        kafka.close();
    }

    @Test
    void aReviewerMovedToAnotherNetworkIsAssignedInTheNewOneOnlyAndKeepsTheirPastEvaluations() {
        String reviewer = reviewer(Network.UFISC, start);
        UUID before = submitAndAssign(Network.UFISC, Network.COORACE);
        assertThat(assignedNetwork(before, reviewer)).isEqualTo("UFISC");
        var asUfisc = TestTokens.as(anonymous, TestTokens.get().token(reviewer, List.of("REVIEWER"), "UFISC"));
        evaluate(asUfisc, before);

        announce(new PersonRegistered(reviewer, "Camille Roux", Set.of("REVIEWER"), Network.COORACE, null, null,
                start.plusSeconds(10)));
        UUID after = submitAndAssign(Network.UFISC, Network.COORACE);

        assertThat(assignedNetwork(after, reviewer)).isEqualTo("COORACE");
        assertThat(roster(Network.UFISC)).doesNotContain(reviewer);
        assertThat(roster(Network.COORACE)).contains(reviewer);
        var asCoorace = TestTokens.as(anonymous, TestTokens.get().token(reviewer, List.of("REVIEWER"), "COORACE"));
        JsonNode past = asCoorace.getForEntity("/api/review/candidacies/{id}/evaluation", JsonNode.class, before)
                .getBody();
        assertThat(past.get("network").asText()).as("voted for the network they were in").isEqualTo("UFISC");
        assertThat(past.get("submittedAt").isNull()).isFalse();
        assertThat(assignedNetwork(before, reviewer)).isEqualTo("UFISC");
    }

    @Test
    void aDisabledReviewerIsGivenNoNewAssignmentAndLeavesTheRosterUntilEnabledAgain() {
        String reviewer = reviewer(Network.UFISC, start);
        UUID assignedBefore = submitAndAssign(Network.UFISC);

        announce(new PersonDisabled(reviewer, "coordinator", start.plusSeconds(10)));
        UUID whileDisabled = submitAndAssign(Network.UFISC);
        var byCoordinator = coordinator.postForEntity("/api/review/candidacies/{id}/assignments",
                Map.of("reviewerId", reviewer), JsonNode.class, whileDisabled);

        assertThat(assignedNetwork(whileDisabled, reviewer)).as("not chosen automatically").isNull();
        assertThat(byCoordinator.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(byCoordinator.getBody().at("/errors/0/field").asText()).isEqualTo("reviewerId");
        assertThat(byCoordinator.getBody().at("/errors/0/message").asText()).contains("no longer a reviewer");
        assertThat(roster(Network.UFISC)).doesNotContain(reviewer);
        assertThat(assignedNetwork(assignedBefore, reviewer)).as("what they had stays").isEqualTo("UFISC");

        announce(new PersonRegistered(reviewer, "Camille Roux", Set.of("REVIEWER"), Network.UFISC, null, null,
                start.plusSeconds(20)));
        UUID enabledAgain = submitAndAssign(Network.UFISC);
        var nowByCoordinator = coordinator.postForEntity("/api/review/candidacies/{id}/assignments",
                Map.of("reviewerId", reviewer), JsonNode.class, whileDisabled);

        assertThat(assignedNetwork(enabledAgain, reviewer)).isEqualTo("UFISC");
        assertThat(nowByCoordinator.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(roster(Network.UFISC)).contains(reviewer);
    }

    @Test
    void anOlderRegistrationReadAfterTheDisablingChangesNothing() {
        String reviewer = reviewer(Network.UFISC, start);

        announce(new PersonDisabled(reviewer, "coordinator", start.plusSeconds(20)));
        announce(new PersonRegistered(reviewer, "Camille Roux", Set.of("REVIEWER"), Network.UFISC, null, null,
                start.plusSeconds(10)));

        assertThat(roster(Network.UFISC)).doesNotContain(reviewer);
        assertThat(assignedNetwork(submitAndAssign(Network.UFISC), reviewer)).isNull();
    }

    @Test
    void theSameDisablingDeliveredTwiceHasOneEffect() {
        String reviewer = reviewer(Network.UFISC, start);
        var disabled = new PersonDisabled(reviewer, "coordinator", start.plusSeconds(10));
        String id = kafka.publish(disabled);
        announce(new PersonRegistered(reviewer, "Camille Roux", Set.of("REVIEWER"), Network.UFISC, null, null,
                start.plusSeconds(20)));

        kafka.publish(disabled, id);
        kafka.awaitConsumed("review", IdentityTopics.PEOPLE, CONSUMED);

        assertThat(roster(Network.UFISC)).as("enabled again after the disabling").contains(reviewer);
        assertThat(assignedNetwork(submitAndAssign(Network.UFISC), reviewer)).isEqualTo("UFISC");
    }

    /**
     * Registers a reviewer whose id sorts before the random ones of the other tests: among reviewers of a new call,
     * all at no assignment, they are the one chosen.
     */
    private String reviewer(Network network, Instant at) {
        String personId = new UUID(0, ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)).toString();
        registered.add(personId);
        announce(new PersonRegistered(personId, "Camille Roux", Set.of("REVIEWER"), network, null, null, at));
        return personId;
    }

    private void announce(PlatformMessage message) {
        kafka.publish(message);
        kafka.awaitConsumed("review", IdentityTopics.PEOPLE, CONSUMED);
    }

    /** A candidacy to a new call of the networks, once its reviewers are assigned. */
    private UUID submitAndAssign(Network... networks) {
        CallOpened call = ApplicationsMessages.callOpened(networks);
        kafka.publish(call);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        kafka.publish(submitted);
        kafka.awaitConsumed("review", ApplicationsTopics.CANDIDACIES, CONSUMED);
        kafka.publish(new AssignReviewers(submitted.candidacyId(), call.callId(), Instant.now()));
        kafka.awaitRecord(r -> submitted.candidacyId().toString().equals(r.key())
                && "org.ptce.review.ReviewersAssigned.v1".equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)),
                CONSUMED);
        return submitted.candidacyId();
    }

    private String assignedNetwork(UUID candidacyId, String reviewerId) {
        return jdbc.queryForList("select network from assignments where candidacy_id = ? and reviewer_id = ?",
                String.class, candidacyId, reviewerId).stream().findFirst().orElse(null);
    }

    private List<String> roster(Network network) {
        return coordinator.getForEntity("/api/networks/{network}/members", JsonNode.class, network).getBody()
                .findValuesAsText("personId");
    }

    private void evaluate(TestRestTemplate reviewer, UUID candidacyId) {
        assertThat(reviewer.postForEntity("/api/review/candidacies/{id}/impartiality", null, Void.class,
                candidacyId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var evaluation = Map.of("scores", Map.of("TERRITORIAL_ANCHORING", 4, "COOPERATION", 3), "vote",
                "FAVOURABLE", "comment", "Un pôle bien ancré sur son territoire");
        assertThat(reviewer.exchange("/api/review/candidacies/{id}/evaluation", HttpMethod.PUT,
                new HttpEntity<>(evaluation), JsonNode.class, candidacyId).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reviewer.postForEntity("/api/review/candidacies/{id}/evaluation/submit", null, JsonNode.class,
                candidacyId).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
