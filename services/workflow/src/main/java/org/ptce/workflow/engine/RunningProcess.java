package org.ptce.workflow.engine;

/**
 * A process found running, by its id: a handler that reads it, then changes or tells it something, looks it up once
 * rather than once per call to the engine.
 */
public record RunningProcess(String id) {
}
