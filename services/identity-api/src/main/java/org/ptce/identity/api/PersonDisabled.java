package org.ptce.identity.api;

import java.time.Instant;

import org.ptce.messaging.MessageType;
import org.ptce.messaging.PlatformMessage;

/**
 * A coordinator disabled the person's account: they can no longer sign in, and their tokens stop working. The other
 * services stop counting on them (no new assignment, no more mail) but keep what they did. A re-enabled account is
 * announced again as {@link PersonRegistered}. Same topic and key as that message, so the two arrive in order.
 */
@MessageType(value = "org.ptce.identity.PersonDisabled.v1", topic = IdentityTopics.PEOPLE)
public record PersonDisabled(
        String personId,
        String disabledBy,
        Instant disabledAt) implements PlatformMessage {

    @Override
    public String businessKey() {
        return personId;
    }
}
