package org.ptce.messaging;

import java.util.UUID;

/** A message about one candidacy: keyed, and logged, by the candidacy id. */
public interface CandidacyMessage extends PlatformMessage {

    UUID candidacyId();

    @Override
    default String businessKey() {
        return candidacyId().toString();
    }
}
