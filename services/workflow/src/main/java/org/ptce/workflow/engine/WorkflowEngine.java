package org.ptce.workflow.engine;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The one door to the BPMN engine: the rest of the service starts, moves and reads processes through it and never
 * touches the engine's API, so that the engine can be swapped for an API-compatible one in this class alone.
 */
@Component
public class WorkflowEngine {

    private final RuntimeService runtime;
    private final HistoryService history;

    WorkflowEngine(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    /** Starts the process whose message start event is named {@code messageName}, keyed by the business key. */
    public void startByMessage(String messageName, String businessKey, Map<String, Object> variables) {
        runtime.createMessageCorrelation(messageName)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlateStartMessage();
    }

    /** Delivers a message to the process of the business key that waits for it. */
    public void correlate(String messageName, String businessKey) {
        runtime.createMessageCorrelation(messageName)
                .processInstanceBusinessKey(businessKey)
                .correlate();
    }

    /** Where the process of the given key and business key stands, if it was started. */
    public Optional<ProcessTrack> track(String processKey, String businessKey) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        if (instance == null) {
            return Optional.empty();
        }
        List<ProcessTrack.Step> waiting = history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .unfinished()
                .list().stream()
                .filter(activity -> activity.getActivityName() != null)
                .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                .map(activity -> new ProcessTrack.Step(activity.getActivityId(), activity.getActivityName(),
                        activity.getStartTime().toInstant()))
                .toList();
        return Optional.of(new ProcessTrack(instance.getId(), processKey, businessKey,
                instance.getStartTime().toInstant(), toInstant(instance.getEndTime()), waiting));
    }

    private static java.time.Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
