package org.ptce.workflow.engine;

import java.time.Instant;
import java.util.Map;

/** A person's task a process waits on: whose process it is, since when, and the process's variables. */
public record OpenTask(String taskId, String businessKey, String name, Instant since, Map<String, Object> variables) {
}
