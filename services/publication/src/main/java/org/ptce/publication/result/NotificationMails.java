package org.ptce.publication.result;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.ptce.publication.mail.Mails;
import org.ptce.publication.mail.Mails.Mail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** E-mails each stored notification to its holder: the notifications not e-mailed yet are the queue. */
@Component
class NotificationMails {

    private final Mails mails;
    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationMails(Mails mails, JdbcClient jdbc, Clock clock) {
        this.mails = mails;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ptce.publication.mail.interval:PT30S}")
    void sendPending() {
        mails.sendEach(this::pending, pending -> new Mail(pending.email(),
                "Résultats de l'appel « " + pending.callTitle() + " » : « " + pending.ptceName() + " »",
                "Bonjour,\n\nLes résultats de l'appel « " + pending.callTitle() + " » sont publiés.\n\n"
                        + "Votre candidature « " + pending.ptceName() + " » : "
                        + Outcome.valueOf(pending.outcome()).label() + ".\n\n" + pending.motivation()
                        + "\n\nVous retrouvez cette notification dans votre espace.\n"),
                pending -> jdbc.sql("update notifications set emailed_at = ? where id = ?")
                        .params(Timestamp.from(clock.instant()), pending.id()).update());
    }

    /** Claims notifications to e-mail, and reads them. */
    private List<Pending> pending() {
        return jdbc.sql("""
                        select n.id, p.email, n.ptce_name, n.outcome, n.motivation, coalesce(c.title, '') as title
                        from notifications n
                        join people p on p.person_id = n.holder_id
                        left join published_calls c on c.call_id = n.call_id
                        where n.id = any (?)
                        order by n.created_at""")
                .param(mails.claim("notifications", "holder_id"))
                .query((row, n) -> new Pending(row.getObject("id", UUID.class), row.getString("email"),
                        row.getString("ptce_name"), row.getString("outcome"), row.getString("motivation"),
                        row.getString("title")))
                .list();
    }

    private record Pending(UUID id, String email, String ptceName, String outcome, String motivation,
            String callTitle) {
    }
}
