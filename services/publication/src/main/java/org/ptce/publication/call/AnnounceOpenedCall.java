package org.ptce.publication.call;

import java.time.Clock;

import org.ptce.applications.api.CallOpened;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

/** An opened call becomes public. */
@Component
class AnnounceOpenedCall implements MessageHandler<CallOpened> {

    private final JdbcAggregateOperations aggregates;
    private final Clock clock;

    AnnounceOpenedCall(JdbcAggregateOperations aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    @Override
    public void handle(IncomingMessage<CallOpened> message) {
        CallOpened opened = message.payload();
        // Announced once, never changed.
        aggregates.insert(new PublishedCall(opened.callId(), opened.title(), opened.submissionDeadline(),
                opened.participatingNetworks(), opened.openedAt(), clock.instant(), message.actor()));
    }
}
