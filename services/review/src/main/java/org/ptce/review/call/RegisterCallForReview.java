package org.ptce.review.call;

import java.time.Clock;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.applications.api.CallOpened;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

/** When a call opens, the committee learns which networks will review its candidacies, on which grid, until when. */
@Component
class RegisterCallForReview implements MessageHandler<CallOpened> {

    private final JdbcAggregateOperations aggregates;
    private final ObjectMapper objectMapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegisterCallForReview(JdbcAggregateOperations aggregates, ObjectMapper objectMapper,
            ApplicationEventPublisher events, Clock clock) {
        this.aggregates = aggregates;
        this.objectMapper = objectMapper;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void handle(IncomingMessage<CallOpened> message) {
        CallOpened opened = message.payload();
        // Registered once when the call opens.
        aggregates.insert(new CallUnderReview(opened.callId(), opened.title(), opened.participatingNetworks(),
                opened.submissionDeadline(), objectMapper.valueToTree(opened.evaluationGrid()).toString(),
                opened.reviewDeadline(), clock.instant(), message.actor()));
        events.publishEvent(new CallsUnderReview.CallRegistered(opened.callId()));
    }
}
