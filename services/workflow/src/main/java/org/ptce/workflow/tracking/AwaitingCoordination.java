package org.ptce.workflow.tracking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.OpenTask;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits on the coordinators, call by call, for every page's header to count: the candidacies waiting for their
 * admissibility check, the deliberation once open, and the networks silent on a proposed list long enough to be
 * followed up. A few queries per running call, never one per candidacy: the header asks often.
 */
@Service
class AwaitingCoordination {

    /** Where a candidacy of the call is still before its review's end, which the deliberation waits for. */
    private static final List<String> BEFORE_REVIEW_END = List.of(
            CandidacyProcess.Activities.CHECK_ADMISSIBILITY, CandidacyProcess.Activities.AWAIT_COMPLETION,
            CandidacyProcess.Activities.AWAIT_REVIEWERS, CandidacyProcess.Activities.AWAIT_REVIEW);

    private final WorkflowEngine engine;

    AwaitingCoordination(WorkflowEngine engine) {
        this.engine = engine;
    }

    /** The running calls where something waits on the coordinators, by title. */
    @Transactional(readOnly = true)
    List<AwaitingCall> calls() {
        var deliberations = new HashMap<String, OpenTask>();
        engine.openTasks(CallProcess.KEY, CallProcess.Activities.DELIBERATE, Map.of())
                .forEach(task -> deliberations.putIfAbsent(task.businessKey(), task));
        var silent = new HashMap<String, List<String>>();
        engine.openTasks(CallProcess.KEY, CallProcess.Activities.FOLLOW_UP_SILENT_NETWORK, Map.of())
                .forEach(task -> silent.computeIfAbsent(task.businessKey(), call -> new ArrayList<>())
                        .add((String) task.variables().get(CallProcess.Variables.NETWORK)));
        var awaiting = new ArrayList<AwaitingCall>();
        for (String callId : engine.runningBusinessKeys(CallProcess.KEY)) {
            Map<String, String> ofCall = Map.of(CandidacyProcess.Variables.CALL_ID, callId);
            long checks = engine.countWaitingIn(CandidacyProcess.KEY,
                    List.of(CandidacyProcess.Activities.CHECK_ADMISSIBILITY), ofCall);
            OpenTask deliberation = deliberations.get(callId);
            List<String> silentNetworks = silent.getOrDefault(callId, List.of()).stream()
                    .filter(network -> network != null).distinct().sorted().toList();
            if (checks == 0 && deliberation == null && silentNetworks.isEmpty()) {
                continue;
            }
            Object title = deliberation != null ? deliberation.variables().get(CallProcess.Variables.TITLE)
                    : engine.variable(CallProcess.KEY, callId, CallProcess.Variables.TITLE).orElse(null);
            awaiting.add(new AwaitingCall(UUID.fromString(callId), (String) title, checks,
                    deliberation == null ? null : deliberation.since(),
                    deliberation == null ? null : (Integer) deliberation.variables().get(CallProcess.Variables.ROUND),
                    deliberation == null ? 0 : engine.countWaitingIn(CandidacyProcess.KEY, BEFORE_REVIEW_END, ofCall),
                    silentNetworks));
        }
        awaiting.sort(Comparator.comparing(AwaitingCall::title, Comparator.nullsLast(String::compareTo))
                .thenComparing(AwaitingCall::callId));
        return awaiting;
    }

    /**
     * A call where something waits on the coordinators.
     *
     * @param admissibilityChecks   how many of its candidacies wait for their admissibility check
     * @param deliberationOpenSince since when its deliberation is open ({@code null} while it is not)
     * @param round                 with the deliberation open, the round of the list a network rejected; {@code null}
     *                              before the first list
     * @param stillUnderReview      with the deliberation open, how many candidacies are still before the end of their
     *                              review (the list can be proposed at none)
     * @param silentNetworks        the networks silent on the proposed list long enough to be followed up
     */
    record AwaitingCall(UUID callId, String title, long admissibilityChecks, Instant deliberationOpenSince,
            Integer round, long stillUnderReview, List<String> silentNetworks) {
    }
}
