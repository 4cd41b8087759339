package org.ptce.applications.candidacy;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewerReplaced;
import org.springframework.stereotype.Component;

/** A reviewer who gave a candidacy up no longer reads its dossier; the one who took it over does. */
@Component
class RecordReplacedReviewer implements MessageHandler<ReviewerReplaced> {

    private final AssignedReviewers reviewers;

    RecordReplacedReviewer(AssignedReviewers reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public void handle(IncomingMessage<ReviewerReplaced> message) {
        ReviewerReplaced replaced = message.payload();
        reviewers.remove(replaced.candidacyId(), replaced.releasedReviewerId());
        if (replaced.replacementReviewerId() != null) {
            reviewers.add(replaced.candidacyId(), replaced.replacementReviewerId(), replaced.replacedAt());
        }
    }
}
