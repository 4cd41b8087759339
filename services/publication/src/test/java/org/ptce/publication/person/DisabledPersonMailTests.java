package org.ptce.publication.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.identity.api.IdentityTopics;
import org.ptce.identity.api.PersonDisabled;
import org.ptce.identity.api.PersonRegistered;
import org.ptce.messaging.PlatformMessage;
import org.ptce.publication.WithSmtpServer;
import org.ptce.review.api.Network;
import org.ptce.testing.KafkaTestClient;
import org.ptce.workflow.api.NetworkValidationReminded;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.ResultsDecided;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person whose account is disabled is no longer written to: their queued mail waits, and leaves once they are
 * enabled again; a disabled delegate is not reminded. The newest announcement of a person is their state.
 */
class DisabledPersonMailTests extends WithSmtpServer {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    JdbcTemplate jdbc;

    KafkaTestClient kafka;
    /** A little in the past, so that every announcement of a test is older than now; to PostgreSQL's precision. */
    final Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(600);

    @BeforeEach
    void connect() {
        kafka = KafkaTestClient.reading();
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aDisabledHoldersNotificationIsNotMailedUntilTheyAreEnabledAgain() {
        UUID callId = UUID.randomUUID();
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(callId);
        String address = address("porteur");
        announce(holder(submitted.holderId(), address, start));
        announce(new PersonDisabled(submitted.holderId(), "coordinator", start.plusSeconds(10)));
        kafka.publish(submitted);
        kafka.awaitConsumed("publication", ApplicationsTopics.CANDIDACIES, CONSUMED);
        kafka.publish(new ResultsDecided(callId, 1, new RankedList(
                List.of(new RankedList.Entry(submitted.candidacyId(), "Un pôle exemplaire")), List.of(), List.of()),
                Instant.now()));
        kafka.awaitConsumed("publication", WorkflowTopics.CALLS, CONSUMED);

        assertThat(jdbc.queryForObject("select count(*) from notifications where candidacy_id = ?", Integer.class,
                submitted.candidacyId())).as("kept for when they come back").isEqualTo(1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> smtp.getReceivedMessagesForDomain(address).length == 0);

        announce(holder(submitted.holderId(), address, start.plusSeconds(20)));

        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessagesForDomain(address).length == 1);
    }

    @Test
    void aDisabledDelegateIsNotReminded() {
        UUID callId = UUID.randomUUID();
        String enabledAddress = address("delegue.opale");
        String disabledAddress = address("ancien.delegue.opale");
        String enabled = UUID.randomUUID().toString();
        String disabled = UUID.randomUUID().toString();
        announce(delegate(enabled, Network.OPALE, enabledAddress, start));
        announce(delegate(disabled, Network.OPALE, disabledAddress, start));
        announce(new PersonDisabled(disabled, "coordinator", start.plusSeconds(10)));

        kafka.publish(new NetworkValidationReminded(callId, 1, Network.OPALE, Instant.now()));
        kafka.awaitConsumed("publication", WorkflowTopics.CALLS, CONSUMED);

        assertThat(jdbc.queryForList("select person_id from reminders where call_id = ?", String.class, callId))
                .contains(enabled).doesNotContain(disabled);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> smtp.getReceivedMessagesForDomain(enabledAddress).length == 1);
        assertThat(smtp.getReceivedMessagesForDomain(disabledAddress)).isEmpty();
    }

    @Test
    void theSameDisablingDeliveredTwiceHasOneEffect() {
        String personId = UUID.randomUUID().toString();
        announce(holder(personId, address("porteur"), start));
        var disabling = new PersonDisabled(personId, "coordinator", start.plusSeconds(10));
        String id = kafka.publish(disabling);
        announce(holder(personId, address("porteur"), start.plusSeconds(20)));

        kafka.publish(disabling, id);
        kafka.awaitConsumed("publication", IdentityTopics.PEOPLE, CONSUMED);

        assertThat(disabledAt(personId)).as("enabled again after the disabling").isNull();
    }

    @Test
    void anOlderRegistrationReadAfterTheDisablingDoesNotEnableThePersonAgain() {
        String personId = UUID.randomUUID().toString();
        String address = address("porteur");
        announce(holder(personId, address, start));
        announce(new PersonDisabled(personId, "coordinator", start.plusSeconds(20)));

        announce(holder(personId, address("autre.adresse"), start.plusSeconds(10)));

        assertThat(disabledAt(personId)).isEqualTo(start.plusSeconds(20));
        assertThat(jdbc.queryForObject("select email from people where person_id = ?", String.class, personId))
                .isEqualTo(address);
    }

    private void announce(PlatformMessage message) {
        kafka.publish(message);
        kafka.awaitConsumed("publication", IdentityTopics.PEOPLE, CONSUMED);
    }

    private Instant disabledAt(String personId) {
        Timestamp disabledAt = jdbc.queryForObject("select disabled_at from people where person_id = ?",
                Timestamp.class, personId);
        return disabledAt == null ? null : disabledAt.toInstant();
    }

    private static PersonRegistered holder(String personId, String address, Instant at) {
        return new PersonRegistered(personId, "Samia Benali", Set.of("HOLDER"), null, null, address, at);
    }

    private static PersonRegistered delegate(String personId, Network network, String address, Instant at) {
        return new PersonRegistered(personId, "Inès Laurent", Set.of("NETWORK_DELEGATE"), network, null, address, at);
    }

    private static String address(String name) {
        return name + "." + UUID.randomUUID() + "@example.org";
    }
}
