package org.ptce.platform.actor;

/**
 * The actor of the message being handled on this thread, or the service itself.
 */
public class ContextualCurrentActor implements CurrentActor {

    private final String service;

    public ContextualCurrentActor(String service) {
        this.service = service;
    }

    @Override
    public String id() {
        String actor = ActorContext.current();
        return actor != null ? actor : CurrentActor.system(service);
    }
}
