package org.ptce.identity.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.ptce.platform.mail.PlatformMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The provider's mails (verification, reset, invitation): stored in the transaction of the change that asks for them,
 * so that none is lost and none leaves for a change rolled back, then sent by {@link #sendPending}, which claims the
 * rows it sends so that two instances do not send one twice. Once sent, a mail's text (which holds a link's token) is
 * erased. An address gets a few mails an hour at most: a form filled in a loop cannot flood someone's mailbox.
 */
@Component
public class OutgoingMails {

    static final int MOST_PER_ADDRESS_AND_HOUR = 5;
    private static final Logger log = LoggerFactory.getLogger(OutgoingMails.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final String from;
    private final Duration retryAfter;

    OutgoingMails(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock,
            @Value("${ptce.identity.mail.from:ne-pas-repondre@ptce.example}") String from,
            @Value("${ptce.identity.mail.retry-after:PT2M}") Duration retryAfter) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.from = from;
        this.retryAfter = retryAfter;
    }

    /**
     * Whether one more mail may go to this address within the hour. Asked before anything the mail is for is changed
     * (a link issued, a password replaced), so that a refused mail leaves the account as it was.
     */
    public boolean acceptsMore(String to) {
        int lastHour = jdbc.sql("select count(*) from outgoing_mails where recipient = ? and created_at > ?")
                .params(to, Timestamp.from(clock.instant().minus(Duration.ofHours(1)))).query(Integer.class).single();
        if (lastHour >= MOST_PER_ADDRESS_AND_HOUR) {
            log.warn("An address asked for more than {} mails within an hour: no more for now",
                    MOST_PER_ADDRESS_AND_HOUR);
            return false;
        }
        return true;
    }

    /** Queues a mail within the caller's transaction (who checked {@link #acceptsMore} first). */
    public void queue(String to, String subject, String text) {
        Instant now = clock.instant();
        jdbc.sql("insert into outgoing_mails (id, recipient, subject, body, created_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), to, subject, text, Timestamp.from(now)).update();
    }

    @Scheduled(fixedDelayString = "${ptce.identity.mail.interval:PT2S}")
    void sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        Instant now = clock.instant();
        var claimed = jdbc.sql("""
                        update outgoing_mails set attempted_at = ? where id in (
                            select id from outgoing_mails
                            where emailed_at is null and (attempted_at is null or attempted_at < ?)
                            order by attempted_at nulls first, created_at limit 50
                            for update skip locked)
                        returning id, recipient, subject, body""")
                .params(Timestamp.from(now), Timestamp.from(now.minus(retryAfter)))
                .query((row, n) -> new Pending(row.getObject("id", UUID.class), row.getString("recipient"),
                        row.getString("subject"), row.getString("body")))
                .list();
        for (Pending mail : claimed) {
            try {
                sender.send(mime -> PlatformMail.write(mime, from, mail.to(), mail.subject(), mail.text()));
                jdbc.sql("update outgoing_mails set emailed_at = ?, body = null where id = ?")
                        .params(Timestamp.from(clock.instant()), mail.id()).update();
            } catch (MailException e) {
                log.warn("Mail \"{}\" not sent yet, tried again later: {}", mail.subject(), e.getMessage());
            }
        }
    }

    private record Pending(UUID id, String to, String subject, String text) {
    }
}
