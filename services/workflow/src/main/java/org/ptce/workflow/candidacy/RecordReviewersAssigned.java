package org.ptce.workflow.candidacy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewersAssigned;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/**
 * The reviewers assigned by the review service reach the process, which then waits for their review. A later
 * assignment (a coordinator giving an uncovered network a reviewer) adds to those the review waits on.
 */
@Component
class RecordReviewersAssigned implements MessageHandler<ReviewersAssigned> {

    private final WorkflowEngine engine;

    RecordReviewersAssigned(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<ReviewersAssigned> message) {
        ReviewersAssigned assigned = message.payload();
        String businessKey = assigned.candidacyId().toString();
        String uncovered = assigned.uncoveredNetworks().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        List<String> reviewerIds = assigned.reviewers().stream().map(ReviewersAssigned.Reviewer::reviewerId)
                .toList();
        var running = engine.runningProcess(CandidacyProcess.KEY, businessKey);
        if (running.isEmpty()) {
            // Withdrawn meanwhile, nothing waits for the reviewers any more; not started yet, it is tried again.
            engine.correlateUnlessEnded(CandidacyProcess.KEY, CandidacyProcess.Messages.REVIEWERS_ASSIGNED,
                    businessKey, assignment(reviewerIds, uncovered));
            return;
        }
        var assignedBefore = engine.variable(running.get(), CandidacyProcess.Variables.REVIEWER_IDS);
        if (assignedBefore.isPresent()) {
            engine.setVariables(running.get(), assignment(Stream.concat(
                    CandidacyProcess.listed(assignedBefore.get()), reviewerIds.stream()).distinct().toList(),
                    uncovered));
            return;
        }
        engine.correlate(running.get(), CandidacyProcess.Messages.REVIEWERS_ASSIGNED,
                assignment(reviewerIds, uncovered));
    }

    private static Map<String, Object> assignment(List<String> reviewerIds, String uncoveredNetworks) {
        return Map.of(CandidacyProcess.Variables.REVIEWER_IDS, String.join(",", reviewerIds),
                CandidacyProcess.Variables.UNCOVERED_NETWORKS, uncoveredNetworks);
    }
}
