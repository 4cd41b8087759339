package org.ptce.publication.reminder;

import java.sql.Timestamp;
import java.util.UUID;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewersReminded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each reviewer late with a candidacy's evaluation is written a reminder. */
@Component
class RemindLateReviewers implements MessageHandler<ReviewersReminded> {

    private final JdbcClient jdbc;

    RemindLateReviewers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void handle(IncomingMessage<ReviewersReminded> message) {
        ReviewersReminded reminded = message.payload();
        for (String reviewerId : reminded.reviewerIds()) {
            jdbc.sql("""
                            insert into reminders (id, person_id, kind, call_id, candidacy_id, created_at)
                            values (?, ?, 'EVALUATION', ?, ?, ?)""")
                    .params(UUID.randomUUID(), reviewerId, reminded.callId(), reminded.candidacyId(),
                            Timestamp.from(reminded.remindedAt()))
                    .update();
        }
    }
}
