package org.ptce.workflow.tracking;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ptce.platform.web.NotFoundException;
import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.ActivityPassage;
import org.ptce.workflow.engine.ProcessDiagram;
import org.ptce.workflow.engine.ProcessDiagrams;
import org.ptce.workflow.engine.ProcessSnapshot;
import org.ptce.workflow.engine.ProcessTrack;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Service;

/**
 * A call's process in one picture: the candidacy process's diagram, how many of the call's candidacies wait at each
 * step now or ended at each end, and how long their passages through each step took. A handful of queries for the
 * whole call, never one per candidacy.
 */
@Service
class ProcessOverview {

    private final WorkflowEngine engine;
    private final ProcessDiagrams diagrams;

    ProcessOverview(WorkflowEngine engine, ProcessDiagrams diagrams) {
        this.engine = engine;
        this.diagrams = diagrams;
    }

    CallProcessView of(UUID callId) {
        if (engine.track(CallProcess.KEY, callId.toString()).isEmpty()) {
            throw new NotFoundException("process for call", callId);
        }
        ProcessDiagram diagram = diagrams.latest(CandidacyProcess.KEY);
        List<ProcessSnapshot> candidacies = engine.snapshots(CandidacyProcess.KEY,
                CandidacyProcess.Variables.CALL_ID, callId.toString(), List.of());
        var waiting = new HashMap<String, Long>();
        var ended = new HashMap<String, Long>();
        Set<String> latest = new HashSet<>();
        Set<String> withdrawn = new HashSet<>();
        for (ProcessSnapshot candidacy : candidacies) {
            latest.add(candidacy.processInstanceId());
            candidacy.waitingIn().stream().map(ProcessTrack.Step::activityId).distinct()
                    .forEach(step -> waiting.merge(step, 1L, Long::sum));
            if (candidacy.endedAt() != null && candidacy.endedIn() != null) {
                ended.merge(candidacy.endedIn().activityId(), 1L, Long::sum);
                if (CandidacyProcess.Activities.WITHDRAWN.equals(candidacy.endedIn().activityId())) {
                    withdrawn.add(candidacy.processInstanceId());
                }
            }
        }
        // A step the holder's withdrawal cut short says nothing of how long the step takes.
        Map<String, List<Duration>> durations = engine.passages(CandidacyProcess.KEY,
                        CandidacyProcess.Variables.CALL_ID, callId.toString()).stream()
                .filter(passage -> latest.contains(passage.processInstanceId()))
                .filter(passage -> !(passage.canceled() && withdrawn.contains(passage.processInstanceId())))
                .collect(Collectors.groupingBy(ActivityPassage::activityId,
                        Collectors.mapping(ActivityPassage::duration, Collectors.toList())));
        List<Step> steps = diagram.shapes().stream()
                .filter(shape -> !"other".equals(shape.kind()))
                .map(shape -> step(shape, waiting, ended, durations.getOrDefault(shape.activityId(), List.of())))
                .toList();
        long running = candidacies.stream().filter(candidacy -> candidacy.endedAt() == null).count();
        return new CallProcessView(callId, candidacies.size(), running, diagram, steps);
    }

    private static Step step(ProcessDiagram.Shape shape, Map<String, Long> waiting, Map<String, Long> ended,
            List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        return new Step(shape.activityId(), shape.name(), shape.kind(), shape.type(),
                waiting.getOrDefault(shape.activityId(), 0L), ended.getOrDefault(shape.activityId(), 0L),
                sorted.size(), median(sorted), sorted.isEmpty() ? null : sorted.get(sorted.size() - 1));
    }

    /** The middle duration, or halfway between the two middle ones (as SQL's {@code percentile_cont(0.5)}). */
    static Duration median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /**
     * A call's process: its candidacies (how many, how many still running), the candidacy process's diagram, and
     * each step of it with the call's numbers.
     */
    record CallProcessView(UUID callId, long candidacies, long running, ProcessDiagram diagram, List<Step> steps) {
    }

    /**
     * A step of the process with the call's numbers.
     *
     * @param waitingNow how many of the call's candidacies wait in it now
     * @param endedThere how many ended there (an end event)
     * @param passages   how many passages through it are over (a candidacy checked twice passes twice), those cut
     *                   short by a withdrawal left out
     * @param median     the median length of those passages, {@code null} when there is none
     * @param slowest    the longest of them
     */
    record Step(String activityId, String name, String kind, String type, long waitingNow, long endedThere,
            long passages, Duration median, Duration slowest) {
    }
}
