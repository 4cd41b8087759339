package org.ptce.platform.actor;

/**
 * The person on whose behalf the current thread works, when that is not the signed-in user: while a message is
 * handled, the actor who caused it, so that the messages its handling sends name the same person.
 */
public final class ActorContext {

    private static final ThreadLocal<String> current = new ThreadLocal<>();

    private ActorContext() {
    }

    public static void runAs(String actor, Runnable work) {
        String previous = current.get();
        current.set(actor);
        try {
            work.run();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }

    static String current() {
        return current.get();
    }
}
