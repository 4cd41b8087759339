package org.ptce.publication.call;

import java.time.Clock;

import org.ptce.applications.api.CallOpened;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.springframework.stereotype.Component;

/** An opened call becomes public. */
@Component
class AnnounceOpenedCall implements MessageHandler<CallOpened> {

    private final PublishedCallRepository calls;
    private final Clock clock;

    AnnounceOpenedCall(PublishedCallRepository calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
    }

    @Override
    public void handle(IncomingMessage<CallOpened> message) {
        CallOpened opened = message.payload();
        calls.save(new PublishedCall(opened.callId(), opened.title(), opened.submissionDeadline(),
                opened.participatingNetworks(), opened.openedAt(), clock.instant(), message.actor()));
    }
}
