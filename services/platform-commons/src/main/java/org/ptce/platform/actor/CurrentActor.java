package org.ptce.platform.actor;

/**
 * Who is acting now: recorded with every state change and carried by every message it causes
 * ({@code ce_actor}).
 */
public interface CurrentActor {

    String id();

    /** The actor for what the service does on its own (relays, timers, seeding). */
    static String system(String service) {
        return "system:" + service;
    }
}
