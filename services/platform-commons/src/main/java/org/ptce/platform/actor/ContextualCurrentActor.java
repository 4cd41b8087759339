package org.ptce.platform.actor;

import org.ptce.platform.security.PlatformUser;

/**
 * The signed-in person of the current request; else the actor of the message being handled on this thread; else the
 * service itself.
 */
public class ContextualCurrentActor implements CurrentActor {

    private final String service;

    public ContextualCurrentActor(String service) {
        this.service = service;
    }

    @Override
    public String id() {
        var person = PlatformUser.current();
        if (person.isPresent()) {
            return person.get().id();
        }
        String actor = ActorContext.current();
        return actor != null ? actor : CurrentActor.system(service);
    }
}
