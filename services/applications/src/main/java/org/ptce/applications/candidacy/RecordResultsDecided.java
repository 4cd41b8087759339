package org.ptce.applications.candidacy;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.api.ResultsDecided;
import org.springframework.stereotype.Component;

/**
 * The call's decision reaches the candidacies it placed: each holder reads their outcome and its motivation on their
 * candidacy, which can no longer be withdrawn.
 */
@Component
class RecordResultsDecided implements MessageHandler<ResultsDecided> {

    private final Candidacies candidacies;

    RecordResultsDecided(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void handle(IncomingMessage<ResultsDecided> message) {
        candidacies.decideOutcomes(message.payload());
    }
}
