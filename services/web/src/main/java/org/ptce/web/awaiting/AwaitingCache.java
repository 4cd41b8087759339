package org.ptce.web.awaiting;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

/**
 * What awaits each person, read at most every {@link #REFRESH_AFTER} however many pages they open: the header is on
 * every page, and the services are asked again only when it is older, when the person did something (which may have
 * changed it), or on the page that lists it. An answer with parts missing is kept as long, so that a service that is
 * down does not make every page wait for its timeout. Kept in memory, by person: nothing of it needs to outlive the
 * process, nor to be written with the session on every change.
 */
@Component
class AwaitingCache {

    static final Duration REFRESH_AFTER = Duration.ofSeconds(45);
    /** Past this many people, those not read lately are let go before another is kept. */
    private static final int MANY_PEOPLE = 10_000;

    private final ConcurrentMap<String, Awaiting> known = new ConcurrentHashMap<>();
    private final AwaitingReader reader;
    private final Clock clock;

    AwaitingCache(AwaitingReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    /** What awaits the person, as read less than {@link #REFRESH_AFTER} ago (in their present roles), or now. */
    Awaiting of(Person person) {
        Awaiting cached = known.get(person.id());
        if (cached != null && cached.roles().equals(person.roles()) && isFresh(cached)) {
            return cached;
        }
        return refresh(person);
    }

    /** What awaits the person, read now, and kept for the pages that follow. */
    Awaiting refresh(Person person) {
        Awaiting read = reader.read(person);
        if (known.size() >= MANY_PEOPLE) {
            known.values().removeIf(awaiting -> !isFresh(awaiting));
        }
        known.put(person.id(), read);
        return read;
    }

    /** The person did something: the next page reads again what awaits them. */
    void forget(Person person) {
        known.remove(person.id());
    }

    private boolean isFresh(Awaiting awaiting) {
        return clock.instant().isBefore(awaiting.readAt().plus(REFRESH_AFTER));
    }
}
