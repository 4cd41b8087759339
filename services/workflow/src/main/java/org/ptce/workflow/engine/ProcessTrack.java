package org.ptce.workflow.engine;

import java.time.Instant;
import java.util.List;

/**
 * Where one process instance stands: when it started, whether it ended and where, and which steps it waits in since
 * when.
 */
public record ProcessTrack(
        String processInstanceId,
        String processKey,
        String businessKey,
        Instant startedAt,
        Instant endedAt,
        List<Step> waitingIn,
        /* The end event it ended in, null while it runs. */
        Step endedIn) {

    /** A step the process waits in. */
    public record Step(String activityId, String name, Instant since) {
    }
}
