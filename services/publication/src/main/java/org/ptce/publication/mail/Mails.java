package org.ptce.publication.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.ptce.platform.mail.PlatformMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The platform's outgoing e-mail, when an SMTP server is configured ({@code spring.mail.*}). Whatever is to be
 * e-mailed is stored first, and marked once its mail left: the stored rows not e-mailed yet are the queue. Each
 * sender claims the rows it sends (marking when), so that two instances do not send one mail twice; a mail that could
 * not leave is claimed again after {@code ptce.publication.mail.retry-after}, behind the others. A crash between
 * sending and recording sends it again.
 */
@Component
public class Mails {

    private static final Logger log = LoggerFactory.getLogger(Mails.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String from;
    private final Duration retryAfter;

    Mails(ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc, Clock clock,
            @Value("${ptce.publication.mail.from:ne-pas-repondre@ptce.example}") String from,
            @Value("${ptce.publication.mail.retry-after:PT5M}") Duration retryAfter) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.clock = clock;
        this.from = from;
        this.retryAfter = retryAfter;
    }

    /**
     * Claims up to 100 rows of a queue (a table with {@code id}, {@code created_at}, {@code attempted_at} and
     * {@code emailed_at}) whose person, in {@code personColumn}, has an address and is written to (not disabled: their
     * rows wait, and leave if they are enabled again): those never claimed first, then those whose claim is older than
     * the retry delay. Answers their ids.
     */
    public UUID[] claim(String queue, String personColumn) {
        Instant now = clock.instant();
        return jdbc.sql("update " + queue + " set attempted_at = ? where id in ("
                        + " select q.id from " + queue + " q join people_written_to p on p.person_id = q."
                        + personColumn
                        + " where q.emailed_at is null and p.email is not null"
                        + " and (q.attempted_at is null or q.attempted_at < ?)"
                        + " order by q.attempted_at nulls first, q.created_at limit 100"
                        + " for update of q skip locked) returning id")
                .params(Timestamp.from(now), Timestamp.from(now.minus(retryAfter)))
                .query(UUID.class).list().toArray(UUID[]::new);
    }

    /**
     * Sends the mail of each item of a queue, read only when an SMTP server is configured, and marks those whose mail
     * left; the others stay in the queue for the next time.
     */
    public <T> void sendEach(Supplier<List<T>> queue, Function<T, Mail> mailOf, Consumer<T> markSent) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (T item : queue.get()) {
            Mail mail = mailOf.apply(item);
            try {
                sender.send(mime -> PlatformMail.write(mime, from, mail.to(), mail.subject(), mail.text()));
                markSent.accept(item);
            } catch (MailException e) {
                log.warn("Mail \"{}\" not sent yet, tried again later: {}", mail.subject(), e.getMessage());
            }
        }
    }

    /** One mail, to one address. */
    public record Mail(String to, String subject, String text) {
    }
}
