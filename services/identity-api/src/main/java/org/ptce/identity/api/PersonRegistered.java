package org.ptce.identity.api;

import java.time.Instant;
import java.util.Set;

import org.ptce.messaging.MessageType;
import org.ptce.messaging.PlatformMessage;
import org.ptce.review.api.Network;

/**
 * A person may now sign in, with these roles (HOLDER, REVIEWER, NETWORK_DELEGATE, COORDINATOR) and, for a reviewer or
 * a delegate, their network, the SIRET of the organisation they work for when known, and the e-mail address they
 * are written to. The person id is the {@code sub} of their tokens. Announced again, whole, after every change (name,
 * address, role, network, organisation, an account enabled again): a consumer takes the newest as the person's state,
 * and a person who no longer reviews nor delegates for a network leaves its roster.
 */
@MessageType(value = "org.ptce.identity.PersonRegistered.v1", topic = IdentityTopics.PEOPLE)
public record PersonRegistered(
        String personId,
        String displayName,
        Set<String> roles,
        Network network,
        String organisationSiret,
        String email,
        Instant registeredAt) implements PlatformMessage {

    @Override
    public String businessKey() {
        return personId;
    }
}
