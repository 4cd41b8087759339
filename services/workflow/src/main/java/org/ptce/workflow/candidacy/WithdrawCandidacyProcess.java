package org.ptce.workflow.candidacy;

import java.util.Map;

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
        // After the end, nothing is left to stop. (A process not started yet is another matter: the correlation fails
        // and the message is retried until it is.)
        engine.correlateUnlessEnded(CandidacyProcess.KEY, CandidacyProcess.Messages.CANDIDACY_WITHDRAWN,
                message.payload().candidacyId().toString(), Map.of());
    }
}
