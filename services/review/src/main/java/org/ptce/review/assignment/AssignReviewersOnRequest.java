package org.ptce.review.assignment;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.api.AssignReviewers;
import org.springframework.stereotype.Component;

/** The candidacy's process asks for its reviewers once it is admissible. */
@Component
class AssignReviewersOnRequest implements MessageHandler<AssignReviewers> {

    private final ReviewerAssignment assignment;

    AssignReviewersOnRequest(ReviewerAssignment assignment) {
        this.assignment = assignment;
    }

    @Override
    public void handle(IncomingMessage<AssignReviewers> message) {
        assignment.assign(message.payload().candidacyId(), message.payload().callId());
    }
}
