package org.ptce.applications.candidacy;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.api.CompletionRequested;
import org.springframework.stereotype.Component;

/** The coordinator's completion request reaches the candidacy, which its holder may then complete until the deadline. */
@Component
class RecordCompletionRequest implements MessageHandler<CompletionRequested> {

    private final Candidacies candidacies;

    RecordCompletionRequest(Candidacies candidacies) {
        this.candidacies = candidacies;
    }

    @Override
    public void handle(IncomingMessage<CompletionRequested> message) {
        candidacies.requestCompletion(message.payload());
    }
}
