package org.ptce.applications.candidacy;

import java.sql.Timestamp;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewersAssigned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reviewers assigned to a candidacy may read its dossier. */
@Component
class RecordAssignedReviewers implements MessageHandler<ReviewersAssigned> {

    private final JdbcClient jdbc;

    RecordAssignedReviewers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void handle(IncomingMessage<ReviewersAssigned> message) {
        ReviewersAssigned assigned = message.payload();
        for (ReviewersAssigned.Reviewer reviewer : assigned.reviewers()) {
            jdbc.sql("insert into candidacy_reviewers (candidacy_id, reviewer_id, assigned_at) values (?, ?, ?)"
                            + " on conflict do nothing")
                    .params(assigned.candidacyId(), reviewer.reviewerId(), Timestamp.from(assigned.assignedAt()))
                    .update();
        }
    }
}
