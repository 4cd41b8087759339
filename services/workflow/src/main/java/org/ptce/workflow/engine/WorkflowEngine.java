package org.ptce.workflow.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.ptce.platform.web.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The one door to the BPMN engine: the rest of the service starts, moves and reads processes through it and never
 * touches the engine's API, so that the engine can be swapped for an API-compatible one in this class alone.
 */
@Component
public class WorkflowEngine {

    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final ManagementService management;

    WorkflowEngine(RuntimeService runtime, HistoryService history, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.management = management;
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
        correlate(messageName, businessKey, Map.of());
    }

    /**
     * Delivers a message, with the variables it brings, to the process of the business key that waits for it; fails
     * when none waits, so that the message is tried again later.
     */
    public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
        runtime.createMessageCorrelation(messageName)
                .processInstanceBusinessKey(businessKey)
                .setVariables(variables)
                .correlate();
    }

    /**
     * Delivers a message to the waiting process, unless that process has ended: a message that comes after the end
     * (a withdrawal, a late answer) changes nothing. Fails when the process does not wait for it yet, so that the
     * message is tried again later.
     */
    public void correlateUnlessEnded(String processKey, String messageName, String businessKey,
            Map<String, Object> variables) {
        if (hasEnded(processKey, businessKey)) {
            return;
        }
        correlate(messageName, businessKey, variables);
    }

    /** All the variables of the running process of the given key and business key; none when it does not run. */
    public Map<String, Object> runningVariables(String processKey, String businessKey) {
        return running(processKey, businessKey).map(instance -> runtime.getVariables(instance.getId()))
                .orElse(Map.of());
    }

    /**
     * These variables of the running process of the given key and business key (those it has); none when it does
     * not run. Only these are read: a call's process carries its ranked list and its validations.
     */
    public Map<String, Object> runningVariables(String processKey, String businessKey, Collection<String> names) {
        return running(processKey, businessKey).map(instance -> runtime.getVariables(instance.getId(), names))
                .orElse(Map.of());
    }

    /** The running process of the given key and business key, if it runs. */
    public Optional<RunningProcess> runningProcess(String processKey, String businessKey) {
        return running(processKey, businessKey).map(instance -> new RunningProcess(instance.getId()));
    }

    /** A variable of this running process, if it has it. */
    public Optional<Object> variable(RunningProcess process, String name) {
        return Optional.ofNullable(runtime.getVariable(process.id(), name));
    }

    /** Sets variables of this running process. */
    public void setVariables(RunningProcess process, Map<String, Object> variables) {
        runtime.setVariables(process.id(), variables);
    }

    /**
     * Delivers a message, with the variables it brings, to this running process; fails when it does not wait for
     * it, so that the message is tried again later.
     */
    public void correlate(RunningProcess process, String messageName, Map<String, Object> variables) {
        runtime.createMessageCorrelation(messageName)
                .processInstanceId(process.id())
                .setVariables(variables)
                .correlate();
    }

    /** Sets variables of the running process of the given key and business key; nothing when it does not run. */
    public void setRunningVariables(String processKey, String businessKey, Map<String, Object> variables) {
        running(processKey, businessKey).ifPresent(instance -> runtime.setVariables(instance.getId(), variables));
    }

    /** A variable of the running process of the given key and business key, if the process runs and has it. */
    public Optional<Object> variable(String processKey, String businessKey, String name) {
        return runningProcess(processKey, businessKey).flatMap(process -> variable(process, name));
    }

    private Optional<ProcessInstance> running(String processKey, String businessKey) {
        return Optional.ofNullable(runtime.createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .singleResult());
    }

    /** The variables of the latest process of the given key and business key, running or ended. */
    public Map<String, Object> variables(String processKey, String businessKey) {
        var variables = new HashMap<String, Object>();
        track(processKey, businessKey).ifPresent(track -> history.createHistoricVariableInstanceQuery()
                .processInstanceId(track.processInstanceId()).list()
                .forEach(variable -> variables.putIfAbsent(variable.getName(), variable.getValue())));
        return variables;
    }

    /** The business keys of the processes of the given key, running or ended, with this variable value. */
    public List<String> businessKeys(String processKey, String variableName, String value) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .variableValueEquals(variableName, value).orderByProcessInstanceStartTime().asc().list().stream()
                .map(HistoricProcessInstance::getBusinessKey).distinct().toList();
    }

    /** A variable of the latest process of the given key and business key, running or ended. */
    public Optional<Object> historicVariable(String processKey, String businessKey, String name) {
        return track(processKey, businessKey).flatMap(track -> history.createHistoricVariableInstanceQuery()
                .processInstanceId(track.processInstanceId()).variableName(name).list().stream()
                .findFirst().map(variable -> variable.getValue()));
    }

    /** The business keys of the processes of the given key waiting in the given step, with these variable values. */
    public List<String> waitingIn(String processKey, String activityId, Map<String, String> variableEquals) {
        var query = runtime.createProcessInstanceQuery().processDefinitionKey(processKey).activityIdIn(activityId);
        variableEquals.forEach(query::variableValueEquals);
        return query.list().stream().map(ProcessInstance::getBusinessKey).toList();
    }

    /**
     * How many processes of the given key wait in one of the given steps, with these variable values: one count
     * query, however many there are.
     */
    public long countWaitingIn(String processKey, Collection<String> activityIds,
            Map<String, String> variableEquals) {
        var query = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .activityIdIn(activityIds.toArray(String[]::new));
        variableEquals.forEach(query::variableValueEquals);
        return query.count();
    }

    /** The business keys of the running processes of the given key. */
    public List<String> runningBusinessKeys(String processKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).list().stream()
                .map(ProcessInstance::getBusinessKey).distinct().toList();
    }

    /** The open tasks of the given step of a process, oldest first, with the process variables they show. */
    public List<OpenTask> openTasks(String processKey, String taskKey, Map<String, String> variableEquals) {
        var query = tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey);
        variableEquals.forEach(query::processVariableValueEquals);
        List<Task> open = query.orderByTaskCreateTime().asc().list();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = runtime.createProcessInstanceQuery()
                .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return open.stream()
                .map(task -> new OpenTask(task.getId(), businessKeys.get(task.getProcessInstanceId()), task.getName(),
                        task.getCreateTime().toInstant(), runtime.getVariables(task.getExecutionId())))
                .toList();
    }

    /**
     * Completes the open task of the given step of a business key's process on behalf of a person, who is recorded
     * as its assignee. Answers whether there was such a task; two people completing it at once are a conflict.
     */
    public boolean completeTask(String processKey, String businessKey, String taskKey, String personId,
            Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKey(taskKey)
                .processInstanceBusinessKey(businessKey).singleResult();
        if (task == null) {
            return false;
        }
        try {
            tasks.setAssignee(task.getId(), personId);
            tasks.complete(task.getId(), variables);
            return true;
        } catch (OptimisticLockingException | NullValueException concurrentlyCompleted) {
            throw new ConflictException("Task " + taskKey + " of " + businessKey + " was completed meanwhile");
        }
    }

    /** Whether the process of the given key and business key ran and has ended. */
    public boolean hasEnded(String processKey, String businessKey) {
        return track(processKey, businessKey).filter(track -> track.endedAt() != null).isPresent();
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
        ProcessTrack.Step endedIn = instance.getEndTime() == null ? null : endedIn(instance,
                history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                        .activityType("noneEndEvent").finished().list());
        return Optional.of(new ProcessTrack(instance.getId(), processKey, businessKey,
                instance.getStartTime().toInstant(), toInstant(instance.getEndTime()), waiting, endedIn));
    }

    /** The step an ended process ended in: the last of its end events passed. */
    private static ProcessTrack.Step endedIn(HistoricProcessInstance instance, List<HistoricActivityInstance> own) {
        return own.stream()
                .filter(activity -> activity.getEndTime() != null)
                .max(Comparator.comparing(HistoricActivityInstance::getEndTime)
                        .thenComparing(HistoricActivityInstance::getStartTime))
                .map(activity -> new ProcessTrack.Step(activity.getActivityId(), activity.getActivityName(),
                        activity.getEndTime().toInstant()))
                .orElse(new ProcessTrack.Step(instance.getEndActivityId(), null, instance.getEndTime().toInstant()));
    }

    /**
     * Every process of the given key with this variable value, running or ended, oldest first: where each stands,
     * and the variables of the given names. Three queries however many processes there are (a board lists hundreds),
     * never one per process. When a business key has several processes, the latest counts.
     */
    public List<ProcessSnapshot> snapshots(String processKey, String variableName, String value,
            Collection<String> variableNames) {
        List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .variableValueEquals(variableName, value)
                .orderByProcessInstanceStartTime().asc()
                .list();
        if (instances.isEmpty()) {
            return List.of();
        }
        // Oldest first: a later process of the same business key takes the place of the earlier one.
        var latest = new LinkedHashMap<String, HistoricProcessInstance>();
        instances.forEach(instance -> latest.put(instance.getBusinessKey(), instance));
        // The steps still open, and the end events passed: in one query, for all the processes of the value.
        String activityTable = management.getTableName(HistoricActivityInstance.class);
        String variableTable = management.getTableName(HistoricVariableInstance.class);
        List<HistoricActivityInstance> activities = history.createNativeHistoricActivityInstanceQuery()
                .sql("select A.* from " + activityTable + " A where A.PROC_DEF_KEY_ = #{processKey}"
                        + " and (A.END_TIME_ is null or A.ACT_TYPE_ = 'noneEndEvent')"
                        + " and A.PROC_INST_ID_ in (select V.PROC_INST_ID_ from " + variableTable + " V"
                        + " where V.PROC_DEF_KEY_ = #{processKey} and V.NAME_ = #{variableName}"
                        + " and V.TEXT_ = #{value})")
                .parameter("processKey", processKey)
                .parameter("variableName", variableName)
                .parameter("value", value)
                .list();
        Map<String, List<HistoricActivityInstance>> byProcess = activities.stream()
                .collect(Collectors.groupingBy(HistoricActivityInstance::getProcessInstanceId));
        Map<String, Map<String, Object>> variables = variablesOf(latest.values().stream()
                .map(HistoricProcessInstance::getId).toList(), variableNames);
        var snapshots = new ArrayList<ProcessSnapshot>();
        for (HistoricProcessInstance instance : latest.values()) {
            List<HistoricActivityInstance> own = byProcess.getOrDefault(instance.getId(), List.of());
            List<ProcessTrack.Step> waiting = instance.getEndTime() != null ? List.of() : own.stream()
                    .filter(activity -> activity.getEndTime() == null && activity.getActivityName() != null)
                    .sorted(Comparator.comparing(HistoricActivityInstance::getStartTime))
                    .map(activity -> new ProcessTrack.Step(activity.getActivityId(), activity.getActivityName(),
                            activity.getStartTime().toInstant()))
                    .toList();
            ProcessTrack.Step endedIn = instance.getEndTime() == null ? null : endedIn(instance, own);
            snapshots.add(new ProcessSnapshot(instance.getId(), instance.getBusinessKey(),
                    instance.getStartTime().toInstant(), toInstant(instance.getEndTime()), waiting, endedIn,
                    variables.getOrDefault(instance.getId(), Map.of())));
        }
        return snapshots;
    }

    /**
     * The finished passages through the tasks of every process of the given key with this variable value, running or
     * ended: one query however many processes there are (a call's lead times read thousands).
     */
    public List<ActivityPassage> passages(String processKey, String variableName, String value) {
        String activityTable = management.getTableName(HistoricActivityInstance.class);
        String variableTable = management.getTableName(HistoricVariableInstance.class);
        return history.createNativeHistoricActivityInstanceQuery()
                .sql("select A.* from " + activityTable + " A where A.PROC_DEF_KEY_ = #{processKey}"
                        + " and A.END_TIME_ is not null"
                        + " and (A.ACT_TYPE_ like '%Task' or A.ACT_TYPE_ in ('task', 'callActivity'))"
                        + " and A.PROC_INST_ID_ in (select V.PROC_INST_ID_ from " + variableTable + " V"
                        + " where V.PROC_DEF_KEY_ = #{processKey} and V.NAME_ = #{variableName}"
                        + " and V.TEXT_ = #{value})")
                .parameter("processKey", processKey)
                .parameter("variableName", variableName)
                .parameter("value", value)
                .list().stream()
                .map(activity -> new ActivityPassage(activity.getProcessInstanceId(), activity.getActivityId(),
                        activity.getStartTime().toInstant(), activity.getEndTime().toInstant(),
                        activity.isCanceled()))
                .toList();
    }

    /** The variables of the given names of these processes, by process instance id: a query per thousand processes. */
    private Map<String, Map<String, Object>> variablesOf(List<String> processInstanceIds,
            Collection<String> variableNames) {
        var variables = new HashMap<String, Map<String, Object>>();
        if (variableNames.isEmpty()) {
            return variables;
        }
        for (int from = 0; from < processInstanceIds.size(); from += 1000) {
            List<String> chunk = processInstanceIds.subList(from, Math.min(from + 1000, processInstanceIds.size()));
            history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new))
                    .variableNameIn(variableNames.toArray(String[]::new))
                    .list()
                    .forEach(variable -> {
                        if (variable.getValue() != null) {
                            variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                                    .putIfAbsent(variable.getName(), variable.getValue());
                        }
                    });
        }
        return variables;
    }

    /** Jobs the job executor may run now (timers due, retries due): its backlog. */
    public long executableJobs() {
        return management.createJobQuery().executable().count();
    }

    /** Jobs that failed at every attempt and wait for an operator. */
    public long failedJobs() {
        return management.createJobQuery().noRetriesLeft().count();
    }

    /** Incidents not resolved yet (failed jobs, and anything else the engine could not go on with). */
    public long openIncidents() {
        return runtime.createIncidentQuery().count();
    }

    private static java.time.Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
