package org.ptce.publication.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.ptce.publication.mail.Mails;
import org.ptce.publication.mail.Mails.Mail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** E-mails each stored reminder to its reviewer or delegate: the reminders not e-mailed yet are the queue. */
@Component
class ReminderMails {

    private final Mails mails;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderMails(Mails mails, JdbcClient jdbc, Clock clock) {
        this.mails = mails;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ptce.publication.mail.interval:PT30S}")
    void sendPending() {
        mails.sendEach(this::pending, ReminderMails::mailOf,
                pending -> jdbc.sql("update reminders set emailed_at = ? where id = ?")
                        .params(Timestamp.from(clock.instant()), pending.id()).update());
    }

    private static Mail mailOf(Pending pending) {
        if ("EVALUATION".equals(pending.kind())) {
            return new Mail(pending.email(), "Rappel : votre évaluation de « " + pending.ptceName()
                    + " » est attendue", "Bonjour " + pending.displayName() + ",\n\nVotre évaluation de la "
                    + "candidature « " + pending.ptceName() + " » à l'appel « " + pending.callTitle()
                    + " » est attendue. Merci de la compléter et de la soumettre sur la plateforme avant la date "
                    + "limite d'évaluation de l'appel.\n");
        }
        return new Mail(pending.email(), "Rappel : la réponse du réseau " + pending.network()
                + " est attendue pour l'appel « " + pending.callTitle() + " »", "Bonjour " + pending.displayName()
                + ",\n\nLa liste proposée par le comité pour l'appel « " + pending.callTitle() + " » (tour "
                + pending.round() + ") attend la réponse du réseau " + pending.network() + ". Merci de la valider, "
                + "ou de la rejeter en donnant la raison, sur la plateforme.\n");
    }

    /** Claims reminders to e-mail, and reads them. */
    private List<Pending> pending() {
        return jdbc.sql("""
                        select r.id, r.kind, p.email, p.display_name, r.network, r.round,
                               coalesce(c.title, '') as title, coalesce(k.ptce_name, '') as ptce_name
                        from reminders r
                        join people p on p.person_id = r.person_id
                        left join published_calls c on c.call_id = r.call_id
                        left join known_candidacies k on k.candidacy_id = r.candidacy_id
                        where r.id = any (?)
                        order by r.created_at""")
                .param(mails.claim("reminders", "person_id"))
                .query((row, n) -> new Pending(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getString("email"), row.getString("display_name"), row.getString("network"),
                        row.getInt("round"), row.getString("title"), row.getString("ptce_name")))
                .list();
    }

    private record Pending(UUID id, String kind, String email, String displayName, String network, int round,
            String callTitle, String ptceName) {
    }
}
