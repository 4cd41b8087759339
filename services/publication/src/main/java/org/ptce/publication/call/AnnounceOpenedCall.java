package org.ptce.publication.call;

import java.time.Clock;

import org.ptce.applications.api.CallOpened;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.stereotype.Component;

/** An opened call becomes public, with what it asks of the holders. */
@Component
class AnnounceOpenedCall implements MessageHandler<CallOpened> {

    private final PublishedCalls calls;
    private final Clock clock;

    AnnounceOpenedCall(PublishedCalls calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public void handle(IncomingMessage<CallOpened> message) {
        // Announced once, never changed.
        calls.insert(PublishedCall.announced(message.payload(), clock.instant(), message.actor()));
    }
}
