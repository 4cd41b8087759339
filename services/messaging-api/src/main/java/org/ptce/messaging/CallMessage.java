package org.ptce.messaging;

import java.util.UUID;

/** A message about a call as a whole: keyed, and logged, by the call id. */
public interface CallMessage extends PlatformMessage {

    UUID callId();

    @Override
    default String businessKey() {
        return callId().toString();
    }
}
