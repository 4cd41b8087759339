package org.ptce.workflow.tracking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ptce.platform.messaging.MessageJournal;
import org.ptce.platform.web.NotFoundException;
import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.ProcessSnapshot;
import org.ptce.workflow.engine.ProcessTrack;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Service;

/**
 * The coordinator's view of where things stand: for a call, every candidacy with its stage, who it waits on and
 * since when; for a call or a candidacy, its timeline, from the messages the workflow received and sent about it.
 */
@Service
class Tracking {

    /** The call's messages that belong in the timeline of each candidacy it decided. */
    private static final Set<String> RESULTS = Set.of("ResultsDecided", "ResultsPublished");
    /** The variables a candidacy's place on the board is read from. */
    private static final List<String> BOARD_VARIABLES = List.of(CandidacyProcess.Variables.PTCE_NAME,
            CandidacyProcess.Variables.HOLDER_ID, CandidacyProcess.Variables.COMPLETION_DUE_AT,
            CandidacyProcess.Variables.REVIEWER_IDS, CandidacyProcess.Variables.UNCOVERED_NETWORKS,
            CandidacyProcess.Variables.EVALUATION_REMINDER_AFTER, CandidacyProcess.Variables.REVIEW_DEADLINE,
            CandidacyProcess.Variables.OUTCOME);

    private final WorkflowEngine engine;
    private final MessageJournal journal;
    private final WaitingOn waitingOn;
    private final Clock clock;

    Tracking(WorkflowEngine engine, MessageJournal journal, WaitingOn waitingOn, Clock clock) {
        this.engine = engine;
        this.journal = journal;
        this.waitingOn = waitingOn;
        this.clock = clock;
    }

    Track call(UUID callId) {
        return track(CallProcess.KEY, callId, "process for call",
                engine.variables(CallProcess.KEY, callId.toString()));
    }

    /**
     * A candidacy's track: its own messages, then, once the call's decision placed it, the call's results decided and
     * published; and its outcome.
     */
    Track candidacy(UUID candidacyId) {
        Map<String, Object> variables = engine.variables(CandidacyProcess.KEY, candidacyId.toString());
        Track own = track(CandidacyProcess.KEY, candidacyId, "process for candidacy", variables);
        Object decided = variables.get(CandidacyProcess.Variables.OUTCOME);
        String outcome = CandidacyProcess.Outcome.of(decided, own.endActivityId());
        var timeline = new ArrayList<>(own.timeline());
        Object callId = variables.get(CandidacyProcess.Variables.CALL_ID);
        if (decided != null && callId != null) {
            journal.about(callId.toString()).stream()
                    .filter(entry -> RESULTS.contains(entry.name()))
                    .map(entry -> new TimelineStep(entry.name(), entry.direction(), entry.actor(), entry.at()))
                    .forEach(timeline::add);
            timeline.sort(Comparator.comparing(TimelineStep::at));
        }
        return new Track(own.businessKey(), own.startedAt(), own.endedAt(), own.endActivityId(), own.waitingIn(),
                List.copyOf(timeline), outcome);
    }

    /** The call's board: its candidacies counted by stage, then those the query asks for, a page of them. */
    Board.BoardView board(UUID callId, BoardQuery query) {
        return Board.of(callId, rowsOf(callId), query);
    }

    /** Every candidacy of the call, in the order they were submitted: a few queries, never one per candidacy. */
    private List<Board.BoardRow> rowsOf(UUID callId) {
        if (engine.track(CallProcess.KEY, callId.toString()).isEmpty()) {
            throw new NotFoundException("process for call", callId);
        }
        Instant now = clock.instant();
        return engine.snapshots(CandidacyProcess.KEY, CandidacyProcess.Variables.CALL_ID, callId.toString(),
                BOARD_VARIABLES).stream().map(snapshot -> row(snapshot, now)).toList();
    }

    private Board.BoardRow row(ProcessSnapshot snapshot, Instant now) {
        Map<String, Object> variables = snapshot.variables();
        ProcessTrack.Step current = snapshot.waitingIn().isEmpty() ? null : snapshot.waitingIn().get(0);
        ProcessTrack.Step stage = current != null ? current : snapshot.endedIn();
        String activity = stage == null ? null : stage.activityId();
        Instant dueAt = current == null ? null : dueAt(current, variables);
        return new Board.BoardRow(UUID.fromString(snapshot.businessKey()),
                (String) variables.get(CandidacyProcess.Variables.PTCE_NAME),
                activity, stage == null ? null : stage.name(),
                current == null ? null : waitingFor(current.activityId()),
                current == null ? null : waitingOn.describe(current.activityId(), WaitingOn.lookup(variables)),
                (String) variables.get(CandidacyProcess.Variables.HOLDER_ID),
                CandidacyProcess.listed(variables.get(CandidacyProcess.Variables.REVIEWER_IDS)).toList(),
                current == null ? List.of()
                        : CandidacyProcess.listed(variables.get(CandidacyProcess.Variables.UNCOVERED_NETWORKS))
                                .toList(),
                snapshot.startedAt(), stage == null ? null : stage.since(), dueAt,
                dueAt != null && !now.isBefore(dueAt), snapshot.endedAt(),
                CandidacyProcess.Outcome.of(variables.get(CandidacyProcess.Variables.OUTCOME),
                        snapshot.endedIn() == null ? null : snapshot.endedIn().activityId()));
    }

    /**
     * When a step is late: a completion after its due date; an evaluation once its reviewers are reminded (or at the
     * review deadline, if that comes first). The other steps have no date of their own.
     */
    private static Instant dueAt(ProcessTrack.Step step, Map<String, Object> variables) {
        return switch (step.activityId()) {
            case CandidacyProcess.Activities.AWAIT_COMPLETION ->
                    instant(variables.get(CandidacyProcess.Variables.COMPLETION_DUE_AT));
            case CandidacyProcess.Activities.AWAIT_REVIEW -> {
                Object after = variables.get(CandidacyProcess.Variables.EVALUATION_REMINDER_AFTER);
                Instant reminder = after == null ? null : step.since().plus(Duration.parse((String) after));
                Instant deadline = instant(variables.get(CandidacyProcess.Variables.REVIEW_DEADLINE));
                yield reminder == null || (deadline != null && deadline.isBefore(reminder)) ? deadline : reminder;
            }
            default -> null;
        };
    }

    private static String waitingFor(String activityId) {
        return switch (activityId) {
            case CandidacyProcess.Activities.CHECK_ADMISSIBILITY -> "COORDINATORS";
            case CandidacyProcess.Activities.AWAIT_COMPLETION -> "HOLDER";
            case CandidacyProcess.Activities.AWAIT_REVIEWERS -> "REVIEW_SERVICE";
            case CandidacyProcess.Activities.AWAIT_REVIEW -> "REVIEWERS";
            case CandidacyProcess.Activities.AWAIT_DECISION -> "DELIBERATION";
            default -> null;
        };
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }

    private Track track(String processKey, UUID businessKey, String what, Map<String, Object> variables) {
        ProcessTrack track = engine.track(processKey, businessKey.toString())
                .orElseThrow(() -> new NotFoundException(what, businessKey));
        List<WaitingStep> waiting = track.waitingIn().stream()
                .map(step -> new WaitingStep(step.activityId(), step.name(), step.since(),
                        waitingOn.describe(step.activityId(), WaitingOn.lookup(variables))))
                .toList();
        List<TimelineStep> timeline = journal.about(businessKey.toString()).stream()
                .map(entry -> new TimelineStep(entry.name(), entry.direction(), entry.actor(), entry.at()))
                .toList();
        return new Track(businessKey, track.startedAt(), track.endedAt(),
                track.endedIn() == null ? null : track.endedIn().activityId(), waiting, timeline, null);
    }

    /** Where a call's or a candidacy's process stands, what happened to it, in order, and a candidacy's outcome. */
    record Track(UUID businessKey, Instant startedAt, Instant endedAt, String endActivityId,
            List<WaitingStep> waitingIn, List<TimelineStep> timeline, String outcome) {
    }

    /** A step the process waits in: since when, and on whom. */
    record WaitingStep(String activityId, String name, Instant since, String waitingOn) {
    }

    /** A message the workflow received or sent about the call or candidacy: who caused it, and when. */
    record TimelineStep(String message, MessageJournal.Direction direction, String actor, Instant at) {
    }
}
