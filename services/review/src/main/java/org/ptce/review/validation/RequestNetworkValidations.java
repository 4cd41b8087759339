package org.ptce.review.validation;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.api.RankedListProposed;
import org.springframework.stereotype.Component;

/** A ranked list proposed by the deliberation goes to every participating network's delegate. */
@Component
class RequestNetworkValidations implements MessageHandler<RankedListProposed> {

    private final NetworkValidations validations;

    RequestNetworkValidations(NetworkValidations validations) {
        this.validations = validations;
    }

    @Override
    public void handle(IncomingMessage<RankedListProposed> message) {
        validations.request(message.payload());
    }
}
