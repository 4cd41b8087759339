package org.ptce.publication.result;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.api.ResultsDecided;
import org.springframework.stereotype.Component;

/** Every network approved the list: the results are published and the holders told. */
@Component
class PublishDecidedResults implements MessageHandler<ResultsDecided> {

    private final Results results;

    PublishDecidedResults(Results results) {
        this.results = results;
    }

    @Override
    public void handle(IncomingMessage<ResultsDecided> message) {
        results.publish(message.payload());
    }
}
