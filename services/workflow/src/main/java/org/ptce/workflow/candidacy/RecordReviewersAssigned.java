package org.ptce.workflow.candidacy;

import java.util.Map;
import java.util.stream.Collectors;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewersAssigned;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/** The reviewers assigned by the review service reach the process, which then waits for their review. */
@Component
class RecordReviewersAssigned implements MessageHandler<ReviewersAssigned> {

    private final WorkflowEngine engine;

    RecordReviewersAssigned(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<ReviewersAssigned> message) {
        ReviewersAssigned assigned = message.payload();
        // Withdrawn meanwhile, nothing waits for the reviewers any more.
        engine.correlateUnlessEnded(CandidacyProcess.KEY, CandidacyProcess.Messages.REVIEWERS_ASSIGNED,
                assigned.candidacyId().toString(), Map.of(
                CandidacyProcess.Variables.REVIEWER_IDS, assigned.reviewers().stream()
                        .map(ReviewersAssigned.Reviewer::reviewerId).collect(Collectors.joining(",")),
                CandidacyProcess.Variables.UNCOVERED_NETWORKS, assigned.uncoveredNetworks().stream()
                        .map(Enum::name).sorted().collect(Collectors.joining(","))));
    }
}
