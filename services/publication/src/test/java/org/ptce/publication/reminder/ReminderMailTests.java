package org.ptce.publication.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.ptce.applications.api.ApplicationsMessages;
import org.ptce.applications.api.ApplicationsTopics;
import org.ptce.applications.api.CallOpened;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.identity.api.IdentityTopics;
import org.ptce.identity.api.PersonRegistered;
import org.ptce.publication.WithSmtpServer;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewTopics;
import org.ptce.review.api.ReviewersReminded;
import org.ptce.testing.KafkaTestClient;
import org.ptce.workflow.api.NetworkValidationReminded;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A late reviewer and the delegates of a silent network are written a reminder, once each, at their address; the
 * delegates of the other networks are not.
 */
class ReminderMailTests extends WithSmtpServer {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReminderMails reminderMails;

    @Test
    void aLateReviewerAndTheSilentNetworksDelegatesAreRemindedOnce() throws Exception {
        CallOpened call = ApplicationsMessages.callOpened(Network.MES, Network.RTES);
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(call.callId());
        String reviewer = person("evaluation.mes");
        String mesDelegate = person("delegue.mes");
        String rtesDelegate = person("delegue.rtes");
        String reviewerId = UUID.randomUUID().toString();
        try (var kafka = KafkaTestClient.reading()) {
            kafka.publish(new PersonRegistered(reviewerId, "Alain Coste", Set.of("REVIEWER"), Network.MES, null,
                    reviewer, Instant.now()));
            kafka.publish(new PersonRegistered(UUID.randomUUID().toString(), "Inès Laurent",
                    Set.of("NETWORK_DELEGATE"), Network.MES, null, mesDelegate, Instant.now()));
            kafka.publish(new PersonRegistered(UUID.randomUUID().toString(), "Paul Girard",
                    Set.of("NETWORK_DELEGATE"), Network.RTES, null, rtesDelegate, Instant.now()));
            kafka.publish(call);
            kafka.publish(submitted);
            kafka.awaitConsumed("publication", IdentityTopics.PEOPLE, CONSUMED);
            kafka.awaitConsumed("publication", ApplicationsTopics.CALLS, CONSUMED);
            kafka.awaitConsumed("publication", ApplicationsTopics.CANDIDACIES, CONSUMED);

            var late = new ReviewersReminded(submitted.candidacyId(), call.callId(), List.of(reviewerId),
                    Instant.now());
            kafka.publish(late, kafka.publish(late));
            var silent = new NetworkValidationReminded(call.callId(), 1, Network.MES, Instant.now());
            kafka.publish(silent, kafka.publish(silent));
            kafka.awaitConsumed("publication", ReviewTopics.CANDIDACIES, CONSUMED);
            kafka.awaitConsumed("publication", WorkflowTopics.CALLS, CONSUMED);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from reminders where call_id = ? and emailed_at is not null", Integer.class,
                call.callId()) == 2);
        MimeMessage[] toReviewer = smtp.getReceivedMessagesForDomain(reviewer);
        assertThat(toReviewer).hasSize(1);
        assertThat(toReviewer[0].getSubject()).contains("PTCE du Val");
        assertThat(GreenMailUtil.getBody(toReviewer[0])).contains("Alain Coste");
        MimeMessage[] toDelegate = smtp.getReceivedMessagesForDomain(mesDelegate);
        assertThat(toDelegate).hasSize(1);
        assertThat(toDelegate[0].getSubject()).contains("MES");
        assertThat(smtp.getReceivedMessagesForDomain(rtesDelegate)).isEmpty();
        reminderMails.sendPending();
        assertThat(smtp.getReceivedMessagesForDomain(reviewer)).as("sent once").hasSize(1);
        assertThat(smtp.getReceivedMessagesForDomain(mesDelegate)).as("sent once").hasSize(1);
    }

    @Test
    void aReminderClaimedByAnotherInstanceIsLeftToItUntilTheClaimExpires() {
        String personId = UUID.randomUUID().toString();
        String address = person("delegue.ufisc");
        jdbc.update("""
                insert into people (person_id, display_name, email, roles, network, registered_at)
                values (?, 'Claire Dubois', ?, '{NETWORK_DELEGATE}', 'UFISC', now())""", personId, address);
        UUID reminderId = UUID.randomUUID();
        jdbc.update("""
                insert into reminders (id, person_id, kind, call_id, network, round, created_at, attempted_at)
                values (?, ?, 'NETWORK_VALIDATION', ?, 'UFISC', 1, now(), now())""", reminderId, personId,
                UUID.randomUUID());

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> smtp.getReceivedMessagesForDomain(address).length == 0);
        jdbc.update("update reminders set attempted_at = now() - interval '1 hour' where id = ?", reminderId);

        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessagesForDomain(address).length == 1);
    }

    private static String person(String name) {
        return name + "." + UUID.randomUUID() + "@example.org";
    }
}
