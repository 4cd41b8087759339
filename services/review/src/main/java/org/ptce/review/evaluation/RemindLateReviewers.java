package org.ptce.review.evaluation;

import java.sql.Timestamp;
import java.util.List;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.review.api.ReviewersReminded;
import org.ptce.workflow.api.EvaluationsOverdue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The candidacy's review is late: each assigned reviewer whose evaluation is not submitted is reminded (their
 * assignments show when, and {@link ReviewersReminded} has them written to).
 */
@Component
class RemindLateReviewers implements MessageHandler<EvaluationsOverdue> {

    private static final Logger log = LoggerFactory.getLogger(RemindLateReviewers.class);

    private final JdbcClient jdbc;
    private final MessagePublisher messages;

    RemindLateReviewers(JdbcClient jdbc, MessagePublisher messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public void handle(IncomingMessage<EvaluationsOverdue> message) {
        EvaluationsOverdue overdue = message.payload();
        List<String> late = jdbc.sql("""
                        update assignments a set reminded_at = ?
                        where a.candidacy_id = ? and not exists (
                            select 1 from evaluations e where e.candidacy_id = a.candidacy_id
                            and e.reviewer_id = a.reviewer_id and e.submitted_at is not null)
                        returning a.reviewer_id""")
                .params(Timestamp.from(overdue.overdueAt()), overdue.candidacyId())
                .query(String.class).list();
        if (!late.isEmpty()) {
            messages.publish(new ReviewersReminded(overdue.candidacyId(), overdue.callId(),
                    late.stream().distinct().sorted().toList(), overdue.overdueAt()));
        }
        log.info("{} late reviewer(s) reminded", late.size());
    }
}
