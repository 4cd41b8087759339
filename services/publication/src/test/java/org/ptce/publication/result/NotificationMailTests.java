package org.ptce.publication.result;

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
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.identity.api.IdentityTopics;
import org.ptce.identity.api.PersonRegistered;
import org.ptce.publication.WithSmtpServer;
import org.ptce.testing.KafkaTestClient;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.api.ResultsDecided;
import org.ptce.workflow.api.WorkflowTopics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** With an SMTP server configured, every holder's notification leaves by e-mail, once, to their address. */
class NotificationMailTests extends WithSmtpServer {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NotificationMails mails;

    @Test
    void aHoldersNotificationIsEmailedOnceToTheirAddress() throws Exception {
        UUID callId = UUID.randomUUID();
        CandidacySubmitted submitted = ApplicationsMessages.candidacySubmitted(callId);
        String address = "porteur." + UUID.randomUUID() + "@example.org";
        try (var kafka = KafkaTestClient.reading()) {
            kafka.publish(new PersonRegistered(submitted.holderId(), "Samia Benali", Set.of("HOLDER"), null, null,
                    address, Instant.now()));
            kafka.publish(submitted);
            kafka.awaitConsumed("publication", IdentityTopics.PEOPLE, Duration.ofSeconds(60));
            kafka.awaitConsumed("publication", ApplicationsTopics.CANDIDACIES, Duration.ofSeconds(60));
            kafka.publish(new ResultsDecided(callId, 1, new RankedList(
                    List.of(new RankedList.Entry(submitted.candidacyId(), "Un pôle exemplaire")), List.of(),
                    List.of()), Instant.now()));
            kafka.awaitConsumed("publication", WorkflowTopics.CALLS, Duration.ofSeconds(60));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from notifications where candidacy_id = ? and emailed_at is not null",
                Integer.class, submitted.candidacyId()) == 1);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("PTCE du Val");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Laur").contains("Un p");
        // In French, as plain text with an HTML alternative.
        assertThat(GreenMailUtil.getBody(received[0])).contains("multipart/alternative").contains("text/plain")
                .contains("text/html");
        mails.sendPending();
        assertThat(smtp.getReceivedMessagesForDomain(address)).as("sent once").hasSize(1);
    }
}
