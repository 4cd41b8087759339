package org.ptce.workflow.candidacy;

import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewerReplaced;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/**
 * A reviewer gave the candidacy up for a conflict of interest: the process waits on the one who took it over, or
 * counts the network as left without a reviewer. The review itself goes on; a process that ended is left alone.
 */
@Component
class RecordReviewerReplaced implements MessageHandler<ReviewerReplaced> {

    private final WorkflowEngine engine;

    RecordReviewerReplaced(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<ReviewerReplaced> message) {
        ReviewerReplaced replaced = message.payload();
        String businessKey = replaced.candidacyId().toString();
        Map<String, Object> variables = engine.runningVariables(CandidacyProcess.KEY, businessKey);
        if (variables.isEmpty()) {
            return;
        }
        String reviewers = CandidacyProcess.listed(variables.get(CandidacyProcess.Variables.REVIEWER_IDS))
                .map(reviewer -> reviewer.equals(replaced.releasedReviewerId()) ? replaced.replacementReviewerId()
                        : reviewer)
                .filter(reviewer -> reviewer != null)
                .collect(Collectors.joining(","));
        var uncovered = CandidacyProcess.listed(variables.get(CandidacyProcess.Variables.UNCOVERED_NETWORKS))
                .collect(Collectors.toCollection(TreeSet::new));
        if (replaced.replacementReviewerId() == null) {
            uncovered.add(replaced.network().name());
        }
        engine.setRunningVariables(CandidacyProcess.KEY, businessKey, Map.of(
                CandidacyProcess.Variables.REVIEWER_IDS, reviewers,
                CandidacyProcess.Variables.UNCOVERED_NETWORKS, String.join(",", uncovered)));
    }
}
