package org.ptce.publication.result;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends each stored notification by e-mail to its holder, when an SMTP server is configured ({@code spring.mail.*}):
 * the notifications not e-mailed yet are the queue, so a mail that could not leave is tried again later, and one
 * that left is not sent twice (barring a crash between sending and recording it).
 */
@Component
class NotificationMails {

    private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String from;

    NotificationMails(ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc, Clock clock,
            @Value("${ptce.publication.mail.from:ne-pas-repondre@ptce.example}") String from) {
        this.mailSender = mailSender;
        this.jdbc = jdbc;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${ptce.publication.mail.interval:PT30S}")
    void sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (Pending pending : pending()) {
            try {
                var mail = new SimpleMailMessage();
                mail.setFrom(from);
                mail.setTo(pending.email());
                mail.setSubject("Résultats de l'appel « " + pending.callTitle() + " » : « " + pending.ptceName()
                        + " »");
                mail.setText("Bonjour,\n\nLes résultats de l'appel « " + pending.callTitle() + " » sont publiés.\n\n"
                        + "Votre candidature « " + pending.ptceName() + " » : " + Outcome.valueOf(pending.outcome())
                        .label() + ".\n\n" + pending.motivation() + "\n\nCe message est envoyé par la plateforme des "
                        + "appels PTCE ; vous retrouvez cette notification dans votre espace.\n");
                sender.send(mail);
                jdbc.sql("update notifications set emailed_at = ? where id = ?")
                        .params(Timestamp.from(clock.instant()), pending.id()).update();
            } catch (MailException e) {
                log.warn("Notification {} not e-mailed yet, tried again later: {}", pending.id(), e.getMessage());
            }
        }
    }

    private List<Pending> pending() {
        return jdbc.sql("""
                        select n.id, p.email, n.ptce_name, n.outcome, n.motivation, coalesce(c.title, '') as title
                        from notifications n
                        join people p on p.person_id = n.holder_id
                        left join published_calls c on c.call_id = n.call_id
                        where n.emailed_at is null and p.email is not null
                        order by n.created_at
                        limit 100""")
                .query((row, n) -> new Pending(row.getObject("id", UUID.class), row.getString("email"),
                        row.getString("ptce_name"), row.getString("outcome"), row.getString("motivation"),
                        row.getString("title")))
                .list();
    }

    private record Pending(UUID id, String email, String ptceName, String outcome, String motivation,
            String callTitle) {
    }
}
