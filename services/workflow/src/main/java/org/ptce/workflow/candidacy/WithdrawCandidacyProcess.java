package org.ptce.workflow.candidacy;

import org.ptce.applications.api.CandidacyWithdrawn;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/** A withdrawal ends the candidacy's process, wherever it stands. */
@Component
class WithdrawCandidacyProcess implements MessageHandler<CandidacyWithdrawn> {

    private final WorkflowEngine engine;

    WithdrawCandidacyProcess(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handle(IncomingMessage<CandidacyWithdrawn> message) {
        String candidacyId = message.payload().candidacyId().toString();
        if (engine.hasEnded(CandidacyProcess.KEY, candidacyId)) {
            // Nothing left to stop. (A process not started yet is another matter: the correlation fails and the
            // message is retried until it is.)
            return;
        }
        engine.correlate(CandidacyProcess.Messages.CANDIDACY_WITHDRAWN, candidacyId);
    }
}
