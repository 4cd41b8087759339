package org.ptce.workflow.engine;

import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The engine's state an operator watches: the job executor's backlog, the jobs out of retries, the open incidents.
 * Read at each scrape (three counting queries).
 */
@Component
class EngineMetrics implements MeterBinder {

    private final WorkflowEngine engine;

    EngineMetrics(WorkflowEngine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "ptce.engine.jobs.executable", "Jobs the job executor may run now", WorkflowEngine::executableJobs);
        gauge(registry, "ptce.engine.jobs.failed", "Jobs out of retries, waiting for an operator",
                WorkflowEngine::failedJobs);
        gauge(registry, "ptce.engine.incidents", "Open incidents of the engine", WorkflowEngine::openIncidents);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<WorkflowEngine> count) {
        Gauge.builder(name, engine, e -> {
            try {
                return count.applyAsLong(e);
            } catch (RuntimeException unavailable) {
                return Double.NaN;
            }
        }).description(description).register(registry);
    }
}
