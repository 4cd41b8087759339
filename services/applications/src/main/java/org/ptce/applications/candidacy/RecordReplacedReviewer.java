package org.ptce.applications.candidacy;

import java.sql.Timestamp;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewerReplaced;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A reviewer who gave a candidacy up no longer reads its dossier; the one who took it over does. */
@Component
class RecordReplacedReviewer implements MessageHandler<ReviewerReplaced> {

    private final JdbcClient jdbc;

    RecordReplacedReviewer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void handle(IncomingMessage<ReviewerReplaced> message) {
        ReviewerReplaced replaced = message.payload();
        jdbc.sql("delete from candidacy_reviewers where candidacy_id = ? and reviewer_id = ?")
                .params(replaced.candidacyId(), replaced.releasedReviewerId()).update();
        if (replaced.replacementReviewerId() != null) {
            jdbc.sql("insert into candidacy_reviewers (candidacy_id, reviewer_id, assigned_at) values (?, ?, ?)"
                            + " on conflict do nothing")
                    .params(replaced.candidacyId(), replaced.replacementReviewerId(),
                            Timestamp.from(replaced.replacedAt()))
                    .update();
        }
    }
}
