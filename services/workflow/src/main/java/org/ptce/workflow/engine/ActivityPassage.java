package org.ptce.workflow.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * One finished passage of a process instance through one of its tasks: when it entered and left it, and whether it
 * left because something cut it short (an interrupting boundary event, an event subprocess) rather than by
 * completing it.
 */
public record ActivityPassage(String processInstanceId, String activityId, Instant startedAt, Instant endedAt,
        boolean canceled) {

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }
}
