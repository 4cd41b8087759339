package org.ptce.workflow.candidacy;

import java.util.Map;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/** Every evaluation is in: the candidacy's process takes its tally and moves on. */
@Component
class RecordReviewCompleted implements MessageHandler<ReviewCompleted> {

    private final WorkflowEngine engine;

    RecordReviewCompleted(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<ReviewCompleted> message) {
        ReviewCompleted completed = message.payload();
        engine.correlateUnlessEnded(CandidacyProcess.KEY, CandidacyProcess.Messages.REVIEW_COMPLETED,
                completed.candidacyId().toString(), Map.of(
                CandidacyProcess.Variables.WEIGHTED_TOTAL, completed.weightedTotal().toPlainString(),
                CandidacyProcess.Variables.THRESHOLDS_MET, completed.thresholdsMet()));
    }
}
