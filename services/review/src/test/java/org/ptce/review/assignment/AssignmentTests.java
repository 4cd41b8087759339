package org.ptce.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacyDossier;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.identity.api.IdentityTopics;
import org.ptce.identity.api.PersonRegistered;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.messaging.DeadLetters;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewTopics;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.api.AssignReviewers;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The committee's roster comes from the identity provider; an admissible candidacy gets one reviewer per network,
 * free of conflict, the least loaded; each reviewer sees only their own assignments.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
@ExtendWith(OutputCaptureExtension.class)
class AssignmentTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);
    /** The SIRET of a member of the first candidacy: one CNCRES reviewer works for the same legal person. */
    private static final String MEMBER_SIRET = "73282932000074";

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    KafkaTestClient kafka;
    CallOpened call;
    static final String cncresAtMember = UUID.randomUUID().toString();
    static final String cncresFree = UUID.randomUUID().toString();
    static final String opaleConflicted = UUID.randomUUID().toString();
    static final String opaleFree = UUID.randomUUID().toString();
    static final String opaleDelegate = UUID.randomUUID().toString();
    static final String cooraceReviewer = UUID.randomUUID().toString();

    @BeforeEach
    void registerTheCommitteeAndACall() {
        kafka = KafkaTestClient.reading(ReviewTopics.CANDIDACIES, DeadLetters.topicFor(WorkflowTopics.CANDIDACIES),
                DeadLetters.topicFor(ApplicationsTopics.CANDIDACIES));
        var now = Instant.now();
        // The same people for every test (registering them again changes nothing), in networks where no other test
        // of the service registers anyone: each test's call starts them all at no assignment.
        kafka.publish(new PersonRegistered(cncresAtMember, "Martine Roussel", Set.of("REVIEWER"), Network.CNCRES,
                MEMBER_SIRET.substring(0, 9) + "00099", null, now));
        kafka.publish(new PersonRegistered(cncresFree, "Denis Carré", Set.of("REVIEWER"), Network.CNCRES, null, null,
                now));
        kafka.publish(new PersonRegistered(opaleConflicted, "Alain Coste", Set.of("REVIEWER"), Network.OPALE, null,
                null, now));
        kafka.publish(new PersonRegistered(opaleFree, "Hugo Perrin", Set.of("REVIEWER"), Network.OPALE, null, null,
                now));
        kafka.publish(new PersonRegistered(opaleDelegate, "Thomas Girard", Set.of("NETWORK_DELEGATE"), Network.OPALE,
                null, null, now));
        kafka.publish(new PersonRegistered(UUID.randomUUID().toString(), "Iñaki Etxeberria", Set.of("HOLDER"), null,
                null, null, now));
        call = ApplicationsMessages.callOpened(Network.CNCRES, Network.OPALE, Network.UFISC);
        kafka.publish(call);
        kafka.awaitConsumed("review", IdentityTopics.PEOPLE, CONSUMED);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void anAdmissibleCandidacyGetsOneFreeReviewerPerNetworkOnceAndTheLeastLoadedNext() throws Exception {
        CandidacySubmitted first = submit(MEMBER_SIRET);
        var conflicted = TestTokens.as(anonymous, token(opaleConflicted, "OPALE"));
        var listed = conflicted.getForEntity("/api/review/calls/{callId}/candidacies", JsonNode.class,
                call.callId());
        assertThat(listed.getBody().findValuesAsText("ptceName")).containsExactly("PTCE du Val");
        assertThat(conflicted.postForEntity("/api/review/candidacies/{id}/conflicts",
                Map.of("reason", "Je siège au conseil d'administration de la Coop du Val"), Void.class,
                first.candidacyId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        var request = new AssignReviewers(first.candidacyId(), call.callId(), Instant.now());
        String id = kafka.publish(request);
        kafka.publish(request, id);
        kafka.publish(new AssignReviewers(first.candidacyId(), call.callId(), Instant.now()));
        var assigned = kafka.awaitRecord(r -> first.candidacyId().toString().equals(r.key()), CONSUMED);
        kafka.awaitConsumed("review", WorkflowTopics.CANDIDACIES, CONSUMED);

        JsonNode payload = objectMapper.readTree(assigned.value());
        assertThat(payload.get("reviewers").findValuesAsText("reviewerId")).containsExactlyInAnyOrder(cncresFree,
                opaleFree);
        assertThat(payload.get("uncoveredNetworks")).extracting(JsonNode::asText).containsExactly("UFISC");
        assertThat(kafka.readFor(Duration.ofSeconds(1))).filteredOn(r -> first.candidacyId().toString()
                .equals(r.key())).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from assignments where candidacy_id = ?", Integer.class,
                first.candidacyId())).isEqualTo(2);

        CandidacySubmitted second = submit("44306184100047");
        kafka.publish(new AssignReviewers(second.candidacyId(), call.callId(), Instant.now()));
        var next = kafka.awaitRecord(r -> second.candidacyId().toString().equals(r.key()), CONSUMED);

        assertThat(objectMapper.readTree(next.value()).get("reviewers").findValuesAsText("reviewerId"))
                .as("the least loaded of each network").containsExactlyInAnyOrder(cncresAtMember, opaleConflicted);
    }

    @Test
    void eachReviewerSeesOnlyTheirOwnAssignmentsAndOnlyTheirNetworksCalls() {
        CandidacySubmitted submitted = submit(null);
        kafka.publish(new AssignReviewers(submitted.candidacyId(), call.callId(), Instant.now()));
        kafka.awaitRecord(r -> submitted.candidacyId().toString().equals(r.key()), CONSUMED);
        String assignedOpale = jdbc.queryForObject(
                "select reviewer_id from assignments where candidacy_id = ? and network = 'OPALE'", String.class,
                submitted.candidacyId());
        String otherOpale = assignedOpale.equals(opaleFree) ? opaleConflicted : opaleFree;

        var mine = TestTokens.as(anonymous, token(assignedOpale, "OPALE"))
                .getForEntity("/api/review/assignments", JsonNode.class);
        var notMine = TestTokens.as(anonymous, token(otherOpale, "OPALE"))
                .getForEntity("/api/review/assignments", JsonNode.class);
        var outsider = TestTokens.as(anonymous, TestTokens.reviewer("COORACE"))
                .getForEntity("/api/review/calls/{callId}/candidacies", JsonNode.class, call.callId());
        var delegate = TestTokens.as(anonymous, TestTokens.get().token(opaleDelegate, List.of("NETWORK_DELEGATE"),
                        "OPALE"))
                .getForEntity("/api/review/assignments", JsonNode.class);
        var emptyReason = TestTokens.as(anonymous, token(otherOpale, "OPALE")).postForEntity(
                "/api/review/candidacies/{id}/conflicts", Map.of("reason", " "), JsonNode.class,
                submitted.candidacyId());
        var coordinatorView = TestTokens.as(anonymous, TestTokens.coordinator())
                .getForEntity("/api/review/candidacies/{id}/assignments", JsonNode.class, submitted.candidacyId());

        assertThat(mine.getBody().findValuesAsText("candidacyId")).contains(submitted.candidacyId().toString());
        assertThat(notMine.getBody().findValuesAsText("candidacyId"))
                .doesNotContain(submitted.candidacyId().toString());
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(delegate.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(emptyReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(emptyReason.getBody().at("/errors/0/field").asText()).isEqualTo("reason");
        assertThat(coordinatorView.getBody().findValuesAsText("network")).containsExactly("CNCRES", "OPALE");
    }

    @Test
    void anAssignedReviewerWhoFindsAConflictHandsTheCandidacyToAnotherReviewerOfTheirNetwork() throws Exception {
        CandidacySubmitted submitted = submit(null);
        kafka.publish(new AssignReviewers(submitted.candidacyId(), call.callId(), Instant.now()));
        kafka.awaitRecord(r -> isAbout(r, submitted, "ReviewersAssigned"), CONSUMED);
        String firstOpale = assignedOpale(submitted);
        String secondOpale = firstOpale.equals(opaleFree) ? opaleConflicted : opaleFree;
        var first = TestTokens.as(anonymous, token(firstOpale, "OPALE"));
        first.postForEntity("/api/review/candidacies/{id}/impartiality", null, Void.class, submitted.candidacyId());

        var declared = first.postForEntity("/api/review/candidacies/{id}/conflicts",
                Map.of("reason", "Mon associé vient de rejoindre le pôle"), JsonNode.class, submitted.candidacyId());
        var again = first.postForEntity("/api/review/candidacies/{id}/conflicts",
                Map.of("reason", "Mon associé vient de rejoindre le pôle"), JsonNode.class, submitted.candidacyId());

        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var replaced = objectMapper.readTree(kafka.awaitRecord(r -> isAbout(r, submitted, "ReviewerReplaced"),
                CONSUMED).value());
        assertThat(replaced.get("network").asText()).isEqualTo("OPALE");
        assertThat(replaced.get("releasedReviewerId").asText()).isEqualTo(firstOpale);
        assertThat(replaced.get("replacementReviewerId").asText()).isEqualTo(secondOpale);
        assertThat(assignedOpale(submitted)).isEqualTo(secondOpale);
        assertThat(first.getForEntity("/api/review/assignments", JsonNode.class).getBody()
                .findValuesAsText("candidacyId")).doesNotContain(submitted.candidacyId().toString());
        assertThat(first.getForEntity("/api/review/candidacies/{id}/evaluation", JsonNode.class,
                submitted.candidacyId()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(kafka.readFor(Duration.ofSeconds(1))).as("declared twice, handed over once")
                .filteredOn(r -> isAbout(r, submitted, "ReviewerReplaced")).hasSize(1);

        // The second reviewer conflicts too: nobody of the network is left to take it.
        TestTokens.as(anonymous, token(secondOpale, "OPALE")).postForEntity("/api/review/candidacies/{id}/conflicts",
                Map.of("reason", "Ancienne salariée de la Coop du Val"), JsonNode.class, submitted.candidacyId());

        await().atMost(CONSUMED).until(() -> kafka.readFor(Duration.ofMillis(500)).stream()
                .filter(r -> isAbout(r, submitted, "ReviewerReplaced")).count() == 2);
        var unreplaced = kafka.seen().stream().filter(r -> isAbout(r, submitted, "ReviewerReplaced"))
                .reduce((earlier, later) -> later).orElseThrow();
        assertThat(objectMapper.readTree(unreplaced.value()).has("replacementReviewerId")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from assignments where candidacy_id = ? and network = 'OPALE'",
                Integer.class, submitted.candidacyId())).isZero();
        assertThat(jdbc.queryForList("select reviewer_id from released_assignments where candidacy_id = ?",
                String.class, submitted.candidacyId())).containsExactlyInAnyOrder(firstOpale, secondOpale);
    }

    @Test
    void afterTheReviewDeadlineNobodyHandsACandidacyOver() {
        var opened = ApplicationsMessages.callOpened(Network.CNCRES, Network.OPALE);
        call = new CallOpened(opened.callId(), opened.title(), opened.submissionDeadline(),
                opened.participatingNetworks(), opened.evaluationGrid(), opened.requiredDocuments(),
                Instant.now().minusSeconds(60), opened.completionTimeLimit(), opened.openedAt(), opened.description());
        kafka.publish(call);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
        CandidacySubmitted submitted = submit(null);
        kafka.publish(new AssignReviewers(submitted.candidacyId(), call.callId(), Instant.now()));
        kafka.awaitRecord(r -> isAbout(r, submitted, "ReviewersAssigned"), CONSUMED);
        String assigned = assignedOpale(submitted);

        var late = TestTokens.as(anonymous, token(assigned, "OPALE")).postForEntity(
                "/api/review/candidacies/{id}/conflicts", Map.of("reason", "Découvert trop tard"), JsonNode.class,
                submitted.candidacyId());

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().get("detail").asText()).contains("review deadline");
        assertThat(late.getBody().hasNonNull("deadline")).as("said, for the page to show it").isTrue();
        assertThat(assignedOpale(submitted)).isEqualTo(assigned);
        assertThat(jdbc.queryForObject("select count(*) from conflicts_of_interest where candidacy_id = ?",
                Integer.class, submitted.candidacyId())).isZero();
    }

    @Test
    void aCoordinatorGivesANetworkLeftWithoutAReviewerOneOfItsReviewers() throws Exception {
        call = ApplicationsMessages.callOpened(Network.CNCRES, Network.COORACE);
        kafka.publish(call);
        kafka.awaitConsumed("review", ApplicationsTopics.CALLS, CONSUMED);
        CandidacySubmitted submitted = submit(null);
        var coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        String assignments = "/api/review/candidacies/{id}/assignments";
        assertThat(coordinator.postForEntity(assignments, Map.of("reviewerId", cncresFree), JsonNode.class,
                submitted.candidacyId()).getStatusCode()).as("not under review yet").isEqualTo(HttpStatus.CONFLICT);
        kafka.publish(new AssignReviewers(submitted.candidacyId(), call.callId(), Instant.now()));
        kafka.awaitRecord(r -> isAbout(r, submitted, "ReviewersAssigned"), CONSUMED);
        kafka.publish(new PersonRegistered(cooraceReviewer, "Sonia Marchal", Set.of("REVIEWER"), Network.COORACE,
                null, null, Instant.now()));
        kafka.awaitConsumed("review", IdentityTopics.PEOPLE, CONSUMED);
        var uncovered = coordinator.getForEntity("/api/review/calls/{callId}/uncovered", JsonNode.class,
                call.callId());
        assertThat(uncovered.getBody()).hasSize(1);
        assertThat(uncovered.getBody().get(0).get("networksWithoutReviewer")).extracting(JsonNode::asText)
                .containsExactly("COORACE");

        var covered = coordinator.postForEntity(assignments, Map.of("reviewerId", cncresFree), JsonNode.class,
                submitted.candidacyId());
        var notTakingPart = coordinator.postForEntity(assignments, Map.of("reviewerId", opaleFree), JsonNode.class,
                submitted.candidacyId());
        var delegate = coordinator.postForEntity(assignments, Map.of("reviewerId", opaleDelegate), JsonNode.class,
                submitted.candidacyId());
        var missing = coordinator.postForEntity(assignments, Map.of(), JsonNode.class, submitted.candidacyId());
        var byAReviewer = TestTokens.as(anonymous, token(cooraceReviewer, "COORACE")).postForEntity(assignments,
                Map.of("reviewerId", cooraceReviewer), JsonNode.class, submitted.candidacyId());
        var assigned = coordinator.postForEntity(assignments, Map.of("reviewerId", cooraceReviewer), JsonNode.class,
                submitted.candidacyId());
        var again = coordinator.postForEntity(assignments, Map.of("reviewerId", cooraceReviewer), JsonNode.class,
                submitted.candidacyId());

        assertThat(covered.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(notTakingPart.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notTakingPart.getBody().at("/errors/0/field").asText()).isEqualTo("reviewerId");
        assertThat(delegate.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().at("/errors/0/field").asText()).isEqualTo("reviewerId");
        assertThat(byAReviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(assigned.getBody().get("network").asText()).isEqualTo("COORACE");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        var added = kafka.awaitRecord(r -> isAbout(r, submitted, "ReviewersAssigned")
                && r.value().length > 0 && new String(r.value()).contains(cooraceReviewer), CONSUMED);
        assertThat(objectMapper.readTree(added.value()).get("uncoveredNetworks")).isEmpty();
        assertThat(coordinator.getForEntity("/api/review/calls/{callId}/uncovered", JsonNode.class, call.callId())
                .getBody()).isEmpty();
        assertThat(TestTokens.as(anonymous, token(cooraceReviewer, "COORACE"))
                .getForEntity("/api/review/assignments", JsonNode.class).getBody().findValuesAsText("candidacyId"))
                .contains(submitted.candidacyId().toString());
    }

    @Test
    void aNetworksMembersAreShownToCoordinatorsAndToTheNetworkAlone() {
        var roster = TestTokens.as(anonymous, TestTokens.coordinator())
                .getForEntity("/api/networks/OPALE/members", JsonNode.class);
        var ownNetwork = TestTokens.as(anonymous, token(opaleFree, "OPALE"))
                .getForEntity("/api/networks/OPALE/members", JsonNode.class);
        var otherNetwork = TestTokens.as(anonymous, token(cncresFree, "CNCRES"))
                .getForEntity("/api/networks/OPALE/members", JsonNode.class);

        assertThat(roster.getBody().findValuesAsText("personId")).contains(opaleFree, opaleConflicted, opaleDelegate);
        assertThat(roster.getBody().findValuesAsText("organisationSiret")).isEmpty();
        assertThat(ownNetwork.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(otherNetwork.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRequestThatOvertakesItsCandidacyWaitsForIt(CapturedOutput output) {
        var submitted = submitted(null);
        kafka.publish(new AssignReviewers(submitted.candidacyId(), call.callId(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(
                "Reviewers requested before the candidacy was read: the request waits for it"));

        kafka.publish(submitted);

        var assigned = kafka.awaitRecord(r -> submitted.candidacyId().toString().equals(r.key())
                && r.topic().equals(ReviewTopics.CANDIDACIES), CONSUMED);
        assertThat(assigned).isNotNull();
        assertThat(kafka.seen()).noneMatch(r -> r.topic().endsWith(".dlt")
                && submitted.candidacyId().toString().equals(r.key()));
        assertThat(jdbc.queryForObject("select count(*) from early_review_requests where candidacy_id = ?",
                Integer.class, submitted.candidacyId())).isZero();
    }

    /**
     * A consumer catching up after a restart may read a request before the call it names, and the candidacy too:
     * the request waits without holding back the messages behind it, and is answered once the call is read.
     */
    @Test
    void aRequestAndACandidacyThatOvertakeTheirCallWaitForIt(CapturedOutput output) throws Exception {
        var lateCall = ApplicationsMessages.callOpened(Network.CNCRES, Network.OPALE);
        var early = submitted(null);
        var submitted = new CandidacySubmitted(early.candidacyId(), lateCall.callId(), early.holderId(),
                early.dossier(), early.submittedAt());
        kafka.publish(submitted);
        kafka.awaitConsumed("review", ApplicationsTopics.CANDIDACIES, CONSUMED);
        kafka.publish(new AssignReviewers(submitted.candidacyId(), lateCall.callId(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().contains(
                "Reviewers requested before the call was read: the request waits for it"));

        kafka.publish(lateCall);

        var assigned = kafka.awaitRecord(r -> submitted.candidacyId().toString().equals(r.key())
                && r.topic().equals(ReviewTopics.CANDIDACIES), CONSUMED);
        assertThat(objectMapper.readTree(assigned.value()).get("reviewers").findValuesAsText("network"))
                .containsExactlyInAnyOrder("CNCRES", "OPALE");
        assertThat(kafka.seen()).noneMatch(r -> r.topic().endsWith(".dlt")
                && submitted.candidacyId().toString().equals(r.key()));
    }

    private String assignedOpale(CandidacySubmitted submitted) {
        return jdbc.queryForObject("select reviewer_id from assignments where candidacy_id = ? and network = 'OPALE'",
                String.class, submitted.candidacyId());
    }

    private static boolean isAbout(ConsumerRecord<String, byte[]> record, CandidacySubmitted submitted,
            String message) {
        return submitted.candidacyId().toString().equals(record.key())
                && ("org.ptce.review." + message + ".v1").equals(
                        KafkaTestClient.header(record, CloudEventHeaders.TYPE));
    }

    private CandidacySubmitted submit(String memberSiret) {
        var submitted = submitted(memberSiret);
        kafka.publish(submitted);
        kafka.awaitConsumed("review", ApplicationsTopics.CANDIDACIES, CONSUMED);
        return submitted;
    }

    private CandidacySubmitted submitted(String memberSiret) {
        var eligible = ApplicationsMessages.eligibleDossier();
        var members = new ArrayList<>(eligible.members());
        members.set(0, new CandidacyDossier.Member(members.get(0).name(), members.get(0).kind(), memberSiret));
        var dossier = new CandidacyDossier(eligible.ptceName(), eligible.legalForm(), eligible.privateLawEntity(),
                eligible.alreadySupportedByState(), List.copyOf(members), eligible.communes(), eligible.epci(),
                eligible.departement(), eligible.region(), eligible.themes(), eligible.budgetEuros(),
                eligible.projectDescribed());
        return new CandidacySubmitted(UUID.randomUUID(), call.callId(), UUID.randomUUID().toString(), dossier,
                Instant.now());
    }

    private static String token(String reviewerId, String network) {
        return TestTokens.get().token(reviewerId, List.of("REVIEWER"), network);
    }
}
