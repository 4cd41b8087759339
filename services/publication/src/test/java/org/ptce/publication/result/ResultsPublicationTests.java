package org.ptce.publication.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.applications.api.CandidacyWithdrawn;
import org.ptce.messaging.CloudEventHeaders;
import org.ptce.messaging.DeadLetters;
import org.ptce.publication.api.PublicationTopics;
import org.ptce.testing.KafkaTestClient;
import org.ptce.testing.TestTokens;
import org.ptce.testing.WithTestServers;
import org.ptce.workflow.api.AdmissibilityDecided;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.ResultsDecided;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** A decided list is published once, as open data, and every holder of the call is told their outcome. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithTestServers
class ResultsPublicationTests {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    TestRestTemplate anonymous;

    KafkaTestClient kafka;
    final UUID callId = UUID.randomUUID();
    CandidacySubmitted laureate;
    CandidacySubmitted notSelected;
    CandidacySubmitted inadmissible;
    CandidacySubmitted withdrawn;

    @BeforeEach
    void fourCandidacies() {
        kafka = KafkaTestClient.reading(PublicationTopics.CALLS, DeadLetters.topicFor(WorkflowTopics.CALLS));
        laureate = ApplicationsMessages.candidacySubmitted(callId);
        notSelected = ApplicationsMessages.candidacySubmitted(callId);
        inadmissible = ApplicationsMessages.candidacySubmitted(callId);
        withdrawn = ApplicationsMessages.candidacySubmitted(callId);
        for (CandidacySubmitted submitted : List.of(laureate, notSelected, inadmissible, withdrawn)) {
            kafka.publish(submitted);
        }
        kafka.publish(new CandidacyWithdrawn(withdrawn.candidacyId(), callId, Instant.now()));
        kafka.awaitConsumed("publication", ApplicationsTopics.CANDIDACIES, CONSUMED);
        kafka.publish(new AdmissibilityDecided(inadmissible.candidacyId(), callId, false,
                "Le pôle ne réunit pas d'entreprise hors ESS.", Instant.now()));
        kafka.awaitConsumed("publication", WorkflowTopics.CANDIDACIES, CONSUMED);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aDecidedListIsPublishedOnceAndEveryHolderIsToldTheirOutcome() {
        var decided = new ResultsDecided(callId, 2, new RankedList(
                List.of(new RankedList.Entry(laureate.candidacyId(), "Un pôle exemplaire de coopération"),
                        // Withdrawn after the deliberation: no laureate for all that.
                        new RankedList.Entry(withdrawn.candidacyId(), "Un pôle prometteur")), List.of(),
                List.of(new RankedList.Entry(notSelected.candidacyId(), "Ancrage territorial encore fragile"))),
                Instant.now());
        String id = kafka.publish(decided);
        kafka.publish(decided, id);
        kafka.publish(decided);
        kafka.awaitConsumed("publication", WorkflowTopics.CALLS, CONSUMED);

        var published = kafka.awaitRecord(r -> callId.toString().equals(r.key())
                && "org.ptce.publication.ResultsPublished.v1".equals(KafkaTestClient.header(r,
                CloudEventHeaders.TYPE)), CONSUMED);
        assertThat(published).isNotNull();
        assertThat(kafka.readFor(Duration.ofSeconds(1))).filteredOn(r -> callId.toString().equals(r.key()))
                .as("published once, nothing dead-lettered").hasSize(1);

        var results = anonymous.getForEntity("/api/public/calls/{callId}/results", JsonNode.class, callId);
        assertThat(results.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(results.getBody().get("laureates")).hasSize(1);
        assertThat(results.getBody().at("/laureates/0/ptceName").asText()).isEqualTo("PTCE du Val");
        assertThat(results.getBody().at("/laureates/0/departement").asText()).isEqualTo("45");
        assertThat(results.getBody().at("/laureates/0/themes/0").asText()).isEqualTo("réemploi");
        assertThat(results.getBody().get("reserve")).isEmpty();

        assertThat(outcomeOf(laureate)).containsExactly("LAUREATE", "Un pôle exemplaire de coopération");
        assertThat(outcomeOf(notSelected)).containsExactly("NOT_SELECTED", "Ancrage territorial encore fragile");
        assertThat(outcomeOf(inadmissible)).containsExactly("INADMISSIBLE",
                "Le pôle ne réunit pas d'entreprise hors ESS.");
        assertThat(outcomeOf(withdrawn)).containsExactly("WITHDRAWN", Results.WITHDRAWN_MOTIVATION);
    }

    @Test
    void unpublishedResultsAreNotFoundAndNotificationsAreTheirHoldersOnly() {
        assertThat(anonymous.getForEntity("/api/public/calls/{callId}/results", JsonNode.class, UUID.randomUUID())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous.getForEntity("/api/notifications", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(TestTokens.as(anonymous, TestTokens.coordinator()).getForEntity("/api/notifications",
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(TestTokens.as(anonymous, TestTokens.holder(UUID.randomUUID().toString()))
                .getForEntity("/api/notifications", JsonNode.class).getBody()).isEmpty();
    }

    private List<String> outcomeOf(CandidacySubmitted candidacy) {
        JsonNode notifications = TestTokens.as(anonymous, TestTokens.holder(candidacy.holderId()))
                .getForEntity("/api/notifications", JsonNode.class).getBody();
        assertThat(notifications).hasSize(1);
        return List.of(notifications.get(0).get("outcome").asText(), notifications.get(0).get("motivation").asText());
    }
}
