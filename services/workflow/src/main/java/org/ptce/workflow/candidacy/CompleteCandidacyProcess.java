package org.ptce.workflow.candidacy;

import org.ptce.applications.api.CandidacyCompleted;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/** The holder's completions reach the process waiting for them, which checks the completed dossier again. */
@Component
class CompleteCandidacyProcess implements MessageHandler<CandidacyCompleted> {

    private final WorkflowEngine engine;

    CompleteCandidacyProcess(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<CandidacyCompleted> message) {
        CandidacyCompleted completed = message.payload();
        // After the end (the completion time ran out just before), the candidacy is inadmissible already.
        engine.correlateUnlessEnded(CandidacyProcess.KEY, CandidacyProcess.Messages.CANDIDACY_COMPLETED,
                completed.candidacyId().toString(), EligibilityFacts.of(completed.dossier()));
    }
}
