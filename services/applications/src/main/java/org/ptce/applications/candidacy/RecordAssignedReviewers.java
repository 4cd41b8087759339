package org.ptce.applications.candidacy;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewersAssigned;
import org.springframework.stereotype.Component;

/** The reviewers assigned to a candidacy may read its dossier. */
@Component
class RecordAssignedReviewers implements MessageHandler<ReviewersAssigned> {

    private final AssignedReviewers reviewers;

    RecordAssignedReviewers(AssignedReviewers reviewers) {
        this.reviewers = reviewers;
    }

    @Override
    public void handle(IncomingMessage<ReviewersAssigned> message) {
        ReviewersAssigned assigned = message.payload();
        assigned.reviewers().forEach(reviewer -> reviewers.add(assigned.candidacyId(), reviewer.reviewerId(),
                assigned.assignedAt()));
    }
}
