package org.ptce.review.call;

import java.time.Clock;

import org.ptce.applications.api.CallOpened;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

/** When a call opens, the committee learns which networks will review its candidacies. */
@Component
class RegisterCallForReview implements MessageHandler<CallOpened> {

    private final JdbcAggregateOperations aggregates;
    private final Clock clock;

    RegisterCallForReview(JdbcAggregateOperations aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Override
    public void handle(IncomingMessage<CallOpened> message) {
        CallOpened opened = message.payload();
        // Registered once when the call opens.
        aggregates.insert(new CallUnderReview(opened.callId(), opened.title(), opened.participatingNetworks(),
                opened.submissionDeadline(), clock.instant(), message.actor()));
    }
}
