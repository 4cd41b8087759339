package org.ptce.workflow.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One process instance as a board lists it: where it stands (the steps it waits in, or the end event it ended in)
 * and the few variables asked for.
 *
 * @param endedIn the end event the process ended in, {@code null} while it runs
 */
public record ProcessSnapshot(
        String processInstanceId,
        String businessKey,
        Instant startedAt,
        Instant endedAt,
        List<ProcessTrack.Step> waitingIn,
        ProcessTrack.Step endedIn,
        Map<String, Object> variables) {
}
