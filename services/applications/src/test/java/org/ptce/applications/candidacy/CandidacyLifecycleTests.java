package org.ptce.applications.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ptce.testing.KafkaTestClient.header;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.call.CallDrafts;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.messaging.DeadLetters;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewerReplaced;
import org.ptce.review.api.ReviewersAssigned;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.api.AdmissibilityDecided;
import org.ptce.workflow.api.CompletionRequested;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.ResultsDecided;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** A holder's candidacy through the HTTP API: theirs alone, submitted once, on a real database and broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class CandidacyLifecycleTests {

    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    final String holderId = UUID.randomUUID().toString();
    TestRestTemplate holder;
    TestRestTemplate otherHolder;
    TestRestTemplate coordinator;
    KafkaTestClient kafka;
    UUID callId;

    @BeforeEach
    void openACall() {
        kafka = KafkaTestClient.reading(ApplicationsTopics.CANDIDACIES);
        holder = TestTokens.as(anonymous, TestTokens.holder(holderId));
        otherHolder = TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString()));
        coordinator = TestTokens.as(anonymous, TestTokens.coordinator());
        var call = coordinator.postForEntity("/api/calls",
                CallDrafts.draft("AMI PTCE", Instant.now().plus(20, ChronoUnit.DAYS), "RTES", "MES"), JsonNode.class)
                .getBody();
        callId = UUID.fromString(call.get("id").asText());
        coordinator.postForEntity("/api/calls/{callId}/open", null, JsonNode.class, callId);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void aHolderDraftsChecksAndSubmitsTheirCandidacyOnce() throws Exception {
        UUID candidacyId = draft(holder, CandidacyTests.complete());

        var eligibility = holder.getForEntity("/api/candidacies/{id}/eligibility", JsonNode.class, candidacyId);
        assertThat(eligibility.getBody().findValuesAsText("met")).containsOnly("true");

        var submitted = holder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId);
        var again = holder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId);

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(submitted.getBody().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("submittedAt")).isEqualTo(submitted.getBody().get("submittedAt"));
        var record = kafka.awaitRecord(r -> candidacyId.toString().equals(r.key()));
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("org.ptce.applications.CandidacySubmitted.v1");
        assertThat(header(record, CloudEventHeaders.ACTOR)).isEqualTo(holderId);
        JsonNode payload = objectMapper.readTree(record.value());
        assertThat(payload.get("callId").asText()).isEqualTo(callId.toString());
        assertThat(payload.at("/dossier/members")).hasSize(3);
        assertThat(kafka.readFor(Duration.ofSeconds(2))).filteredOn(r -> candidacyId.toString().equals(r.key()))
                .hasSize(1);
    }

    @Test
    void aCandidacyIsItsHoldersAloneToReadAndChange() {
        UUID candidacyId = draft(holder, CandidacyTests.complete());

        assertThat(otherHolder.getForEntity("/api/candidacies/{id}", JsonNode.class, candidacyId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherHolder.exchange("/api/candidacies/{id}", HttpMethod.PUT,
                new HttpEntity<>(Map.of("ptceName", "Détourné")), JsonNode.class, candidacyId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherHolder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherHolder.postForEntity("/api/candidacies/{id}/withdraw", null, JsonNode.class, candidacyId)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherHolder.getForEntity("/api/candidacies", JsonNode.class).getBody().findValuesAsText("id"))
                .doesNotContain(candidacyId.toString());
        assertThat(TestTokens.as(anonymous, TestTokens.reviewer("MES"))
                .getForEntity("/api/candidacies/{id}", JsonNode.class, candidacyId).getStatusCode())
                .as("not assigned to them").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(TestTokens.as(anonymous, TestTokens.reviewer("MES")).exchange("/api/candidacies/{id}",
                HttpMethod.PUT, new HttpEntity<>(CandidacyTests.complete()), JsonNode.class, candidacyId)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(coordinator.getForEntity("/api/candidacies/{id}", JsonNode.class, candidacyId).getStatusCode())
                .as("a draft is the holder's only").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(coordinator.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select ptce_name || status from candidacies where id = ?", String.class,
                candidacyId)).isEqualTo("PTCE Sud AquitaineDRAFT");

        holder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId);
        assertThat(coordinator.getForEntity("/api/candidacies/{id}", JsonNode.class, candidacyId).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(coordinator.getForEntity("/api/calls/{callId}/candidacies", JsonNode.class, callId).getBody()
                .get("items").findValuesAsText("id")).containsExactly(candidacyId.toString());
        assertThat(coordinator.getForEntity("/api/candidacies", JsonNode.class).getStatusCode())
                .as("a coordinator reads a call's candidacies a page at a time, not every call's at once")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherHolder.getForEntity("/api/candidacies/{id}", JsonNode.class, candidacyId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void malformedMembersAndForeignSiretsAreRefusedByTheirField() {
        var wrongKind = holder.postForEntity("/api/calls/{callId}/candidacies", Map.of("ptceName", "Pôle",
                "members", List.of(Map.of("name", "X", "kind", "MULTINATIONAL"))), JsonNode.class, callId);
        var foreignSiret = holder.postForEntity("/api/calls/{callId}/candidacies", Map.of("ptceName", "Pôle",
                "members", List.of(Map.of("name", "Cooperativa", "kind", "ESS_ENTERPRISE", "siret", "ESB12345678"))),
                JsonNode.class, callId);
        var badChecksum = holder.postForEntity("/api/calls/{callId}/candidacies", Map.of("ptceName", "Pôle",
                "members", List.of(Map.of("name", "A", "kind", "ENTERPRISE", "siret", "73282932000075"))),
                JsonNode.class, callId);
        var noName = holder.postForEntity("/api/calls/{callId}/candidacies", Map.of("members", List.of()),
                JsonNode.class, callId);

        assertThat(wrongKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(wrongKind.getBody().at("/errors/0/field").asText()).startsWith("members[0].kind");
        assertThat(foreignSiret.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(foreignSiret.getBody().at("/errors/0/field").asText()).isEqualTo("members[0].siret");
        assertThat(badChecksum.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(badChecksum.getBody().at("/errors/0/field").asText()).isEqualTo("members[0].siret");
        assertThat(noName.getBody().at("/errors/0/field").asText()).isEqualTo("ptceName");
        assertThat(jdbc.queryForObject("select count(*) from candidacies where call_id = ?", Integer.class, callId))
                .isZero();
    }

    @Test
    void noCandidacyGoesToACallThatIsNotOpen() {
        var draftCall = coordinator.postForEntity("/api/calls",
                CallDrafts.draft("Brouillon", Instant.now().plus(20, ChronoUnit.DAYS), "MES"), JsonNode.class)
                .getBody();

        var response = holder.postForEntity("/api/calls/{callId}/candidacies",
                Map.of("ptceName", "Trop tôt"), JsonNode.class, draftCall.get("id").asText());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aHolderWithdrawsTheirCandidacyOnce() {
        UUID candidacyId = draft(holder, CandidacyTests.complete());
        holder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId);

        var withdrawn = holder.postForEntity("/api/candidacies/{id}/withdraw", null, JsonNode.class, candidacyId);
        holder.postForEntity("/api/candidacies/{id}/withdraw", null, JsonNode.class, candidacyId);

        assertThat(withdrawn.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
        kafka.awaitRecord(r -> candidacyId.toString().equals(r.key())
                && "org.ptce.applications.CandidacyWithdrawn.v1".equals(header(r, CloudEventHeaders.TYPE)));
        assertThat(kafka.readFor(Duration.ofSeconds(2))).filteredOn(r -> candidacyId.toString().equals(r.key()))
                .hasSize(2);
    }

    @Test
    void aHolderAskedForCompletionsCompletesOnceAndIsToldTheDecision() throws Exception {
        UUID candidacyId = draft(holder, CandidacyTests.complete());
        holder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId);
        var dueAt = Instant.now().plus(15, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        var request = new CompletionRequested(candidacyId, callId, "Les statuts signés", dueAt, Instant.now());

        try (var workflow = KafkaTestClient.reading(DeadLetters.topicFor(WorkflowTopics.CANDIDACIES))) {
            String id = workflow.publish(request);
            workflow.publish(request, id);
            await().atMost(Duration.ofSeconds(30)).until(() -> status(candidacyId).equals("COMPLETION_REQUESTED"));

            var view = holder.getForEntity("/api/candidacies/{id}", JsonNode.class, candidacyId).getBody();
            assertThat(view.get("completionRequest").asText()).isEqualTo("Les statuts signés");
            assertThat(Instant.parse(view.get("completionDueAt").asText())).isEqualTo(dueAt);
            assertThat(otherHolder.postForEntity("/api/candidacies/{id}/complete", null, JsonNode.class, candidacyId)
                    .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(holder.exchange("/api/candidacies/{id}", HttpMethod.PUT,
                    new HttpEntity<>(CandidacyTests.complete()), JsonNode.class, candidacyId).getStatusCode())
                    .isEqualTo(HttpStatus.OK);

            var completed = holder.postForEntity("/api/candidacies/{id}/complete", null, JsonNode.class, candidacyId);
            var again = holder.postForEntity("/api/candidacies/{id}/complete", null, JsonNode.class, candidacyId);

            assertThat(completed.getBody().get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(again.getBody().get("completedAt")).isEqualTo(completed.getBody().get("completedAt"));
            kafka.awaitRecord(r -> candidacyId.toString().equals(r.key())
                    && "org.ptce.applications.CandidacyCompleted.v1".equals(header(r, CloudEventHeaders.TYPE)));
            assertThat(kafka.readFor(Duration.ofSeconds(2))).filteredOn(r -> candidacyId.toString().equals(r.key())
                    && "org.ptce.applications.CandidacyCompleted.v1".equals(header(r, CloudEventHeaders.TYPE)))
                    .hasSize(1);

            var decided = new AdmissibilityDecided(candidacyId, callId, true, "Recevable après compléments",
                    Instant.now());
            String decisionId = workflow.publish(decided);
            workflow.publish(decided, decisionId);
            await().atMost(Duration.ofSeconds(30)).until(() -> status(candidacyId).equals("ADMISSIBLE"));
            assertThat(holder.getForEntity("/api/candidacies/{id}", JsonNode.class, candidacyId).getBody()
                    .get("admissibilityMotivation").asText()).isEqualTo("Recevable après compléments");

            // Its assigned reviewer reads the dossier; another reviewer does not know it exists.
            String reviewerId = UUID.randomUUID().toString();
            String assignedId = workflow.publish(new ReviewersAssigned(candidacyId, callId,
                    List.of(new ReviewersAssigned.Reviewer(reviewerId, Network.MES)), Set.of(), Instant.now()));
            workflow.publish(new ReviewersAssigned(candidacyId, callId,
                    List.of(new ReviewersAssigned.Reviewer(reviewerId, Network.MES)), Set.of(), Instant.now()),
                    assignedId);
            var assigned = TestTokens.as(anonymous, TestTokens.get().token(reviewerId, List.of("REVIEWER"), "MES"));
            await().atMost(Duration.ofSeconds(30)).until(() -> assigned.getForEntity("/api/candidacies/{id}",
                    JsonNode.class, candidacyId).getStatusCode() == HttpStatus.OK);
            assertThat(TestTokens.as(anonymous, TestTokens.reviewer("MES")).getForEntity("/api/candidacies/{id}",
                    JsonNode.class, candidacyId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(workflow.readFor(Duration.ofSeconds(1))).noneMatch(r -> candidacyId.toString().equals(r.key()));

            // The reviewer finds a conflict and hands the candidacy over: the dossier follows the assignment.
            String replacementId = UUID.randomUUID().toString();
            workflow.publish(new ReviewerReplaced(candidacyId, callId, Network.MES, reviewerId, replacementId,
                    Instant.now()));
            var replacement = TestTokens.as(anonymous, TestTokens.get().token(replacementId, List.of("REVIEWER"),
                    "MES"));
            await().atMost(Duration.ofSeconds(30)).until(() -> replacement.getForEntity("/api/candidacies/{id}",
                    JsonNode.class, candidacyId).getStatusCode() == HttpStatus.OK);
            assertThat(assigned.getForEntity("/api/candidacies/{id}", JsonNode.class, candidacyId).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void theCallsDecisionGivesEachHolderTheirOutcomeOnceAndEndsWithdrawals() {
        UUID laureate = submitted();
        UUID notSelected = submitted();
        UUID withdrawn = submitted();
        holder.postForEntity("/api/candidacies/{id}/withdraw", null, JsonNode.class, withdrawn);
        var decision = new ResultsDecided(callId, 1, new RankedList(
                List.of(new RankedList.Entry(laureate, "Coopération exemplaire"),
                        new RankedList.Entry(withdrawn, "Retiré entre-temps")),
                List.of(), List.of(new RankedList.Entry(notSelected, "Territoire trop peu défini"))), Instant.now());

        try (var workflow = KafkaTestClient.reading(WorkflowTopics.CALLS)) {
            String decisionId = workflow.publish(decision);
            workflow.publish(decision, decisionId);
            await().atMost(Duration.ofSeconds(30)).until(() -> status(laureate).equals("LAUREATE"));
            int version = version(laureate);
            // A second decision of the same call changes nothing: a call is decided once.
            String secondId = workflow.publish(new ResultsDecided(callId, 2, new RankedList(List.of(),
                    List.of(new RankedList.Entry(laureate, "Autre avis")), List.of()), Instant.now()));
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from processed_message where message_id = ?", Integer.class, secondId) == 1);

            assertThat(version(laureate)).isEqualTo(version);
        }
        var view = holder.getForEntity("/api/candidacies/{id}", JsonNode.class, laureate).getBody();
        assertThat(view.get("status").asText()).isEqualTo("LAUREATE");
        assertThat(view.get("outcomeMotivation").asText()).isEqualTo("Coopération exemplaire");
        assertThat(view.hasNonNull("decidedAt")).isTrue();
        assertThat(status(notSelected)).isEqualTo("NOT_SELECTED");
        assertThat(status(withdrawn)).isEqualTo("WITHDRAWN");
        var lateWithdrawal = holder.postForEntity("/api/candidacies/{id}/withdraw", null, JsonNode.class, laureate);
        assertThat(lateWithdrawal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(status(laureate)).isEqualTo("LAUREATE");
    }

    @Test
    void aDecisionOnACandidacyThatDoesNotExistIsDeadLettered() {
        var unknown = UUID.randomUUID();

        try (var workflow = KafkaTestClient.reading(DeadLetters.topicFor(WorkflowTopics.CANDIDACIES))) {
            workflow.publish(new AdmissibilityDecided(unknown, callId, false, "Hors champ", Instant.now()));

            var letter = workflow.awaitRecord(r -> unknown.toString().equals(r.key()), Duration.ofSeconds(30));
            assertThat(header(letter, DeadLetters.REASON_HEADER)).contains("No candidacy " + unknown);
        }
    }

    private UUID submitted() {
        UUID candidacyId = draft(holder, CandidacyTests.complete());
        holder.postForEntity("/api/candidacies/{id}/submit", null, JsonNode.class, candidacyId);
        return candidacyId;
    }

    private int version(UUID candidacyId) {
        return jdbc.queryForObject("select version from candidacies where id = ?", Integer.class, candidacyId);
    }

    private String status(UUID candidacyId) {
        return jdbc.queryForObject("select status from candidacies where id = ?", String.class, candidacyId);
    }

    private UUID draft(TestRestTemplate as, CandidacyContent content) {
        var created = as.postForEntity("/api/calls/{callId}/candidacies", content, JsonNode.class, callId);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(created.getBody().get("id").asText());
    }
}
