package org.ptce.platform.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again what the outbox could not send: messages whose send failed while the service kept running. (Those left
 * by a crash are sent again at start-up, by Spring Modulith's republication on restart.)
 */
class OutboxResubmitter {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

    private final IncompleteEventPublications incompletePublications;
    private final MessagingProperties properties;

    OutboxResubmitter(IncompleteEventPublications incompletePublications, MessagingProperties properties) {
        this.incompletePublications = incompletePublications;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${ptce.messaging.outbox.resubmit-interval:30s}",
            initialDelayString = "${ptce.messaging.outbox.resubmit-interval:30s}")
    void resubmitUnsent() {
        try {
            incompletePublications.resubmitIncompletePublicationsOlderThan(properties.outbox().resubmitOlderThan());
        } catch (RuntimeException e) {
            log.warn("Could not resubmit unsent messages; will try again", e);
        }
    }
}
