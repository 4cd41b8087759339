package org.ptce.workflow.tracking;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.platform.messaging.MessageJournal;
import org.ptce.platform.web.NotFoundException;
import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.ProcessTrack;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Service;

/**
 * The coordinator's view of where things stand: for a call, every candidacy with its stage, who it waits on and
 * since when; for a call or a candidacy, its timeline, from the messages the workflow received and sent about it.
 */
@Service
class Tracking {

    private final WorkflowEngine engine;
    private final MessageJournal journal;
    private final WaitingOn waitingOn;

    Tracking(WorkflowEngine engine, MessageJournal journal, WaitingOn waitingOn) {
        this.engine = engine;
        this.journal = journal;
        this.waitingOn = waitingOn;
    }

    Track call(UUID callId) {
        return track(CallProcess.KEY, callId, "process for call");
    }

    Track candidacy(UUID candidacyId) {
        return track(CandidacyProcess.KEY, candidacyId, "process for candidacy");
    }

    List<CandidacyStage> candidaciesOf(UUID callId) {
        if (engine.track(CallProcess.KEY, callId.toString()).isEmpty()) {
            throw new NotFoundException("process for call", callId);
        }
        return engine.businessKeys(CandidacyProcess.KEY, CandidacyProcess.Variables.CALL_ID, callId.toString())
                .stream().map(this::stage).toList();
    }

    private CandidacyStage stage(String candidacyId) {
        ProcessTrack track = engine.track(CandidacyProcess.KEY, candidacyId).orElseThrow();
        Map<String, Object> variables = engine.variables(CandidacyProcess.KEY, candidacyId);
        ProcessTrack.Step current = track.waitingIn().isEmpty() ? null : track.waitingIn().get(0);
        return new CandidacyStage(UUID.fromString(candidacyId),
                (String) variables.get(CandidacyProcess.Variables.PTCE_NAME),
                current == null ? null : current.name(),
                current == null ? null : waitingOn.describe(current.activityId(), WaitingOn.lookup(variables)),
                current == null ? null : current.since(), track.endedAt(),
                (String) variables.get(CandidacyProcess.Variables.OUTCOME));
    }

    private Track track(String processKey, UUID businessKey, String what) {
        ProcessTrack track = engine.track(processKey, businessKey.toString())
                .orElseThrow(() -> new NotFoundException(what, businessKey));
        Map<String, Object> variables = engine.variables(processKey, businessKey.toString());
        List<WaitingStep> waiting = track.waitingIn().stream()
                .map(step -> new WaitingStep(step.activityId(), step.name(), step.since(),
                        waitingOn.describe(step.activityId(), WaitingOn.lookup(variables))))
                .toList();
        List<TimelineStep> timeline = journal.about(businessKey.toString()).stream()
                .map(entry -> new TimelineStep(entry.name(), entry.direction(), entry.actor(), entry.at()))
                .toList();
        return new Track(businessKey, track.startedAt(), track.endedAt(), waiting, timeline);
    }

    /** Where a call's or a candidacy's process stands, and what happened to it, in order. */
    record Track(UUID businessKey, Instant startedAt, Instant endedAt, List<WaitingStep> waitingIn,
            List<TimelineStep> timeline) {
    }

    /** A step the process waits in: since when, and on whom. */
    record WaitingStep(String activityId, String name, Instant since, String waitingOn) {
    }

    /** A message the workflow received or sent about the call or candidacy: who caused it, and when. */
    record TimelineStep(String message, MessageJournal.Direction direction, String actor, Instant at) {
    }

    /** A candidacy of a call: its current stage, who it waits on and since when, or its outcome once ended. */
    record CandidacyStage(UUID candidacyId, String ptceName, String stage, String waitingOn, Instant since,
            Instant endedAt, String outcome) {
    }
}
