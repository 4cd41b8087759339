package org.ptce.workflow.deliberation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.platform.web.NotFoundException;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.call.CallProcess;
import org.ptce.workflow.call.NetworkValidations;
import org.ptce.workflow.call.RankedListVariable;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.engine.OpenTask;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's deliberation of a call, once its submissions are closed and its candidacies reviewed: a ranked
 * list that places every reviewed candidacy once, then submitted to the networks.
 */
@Service
class Deliberations {

    /** Where a candidacy of the call is still before its review's end. */
    private static final List<String> BEFORE_REVIEW_END = List.of(
            CandidacyProcess.Activities.CHECK_ADMISSIBILITY, CandidacyProcess.Activities.AWAIT_COMPLETION,
            CandidacyProcess.Activities.AWAIT_REVIEWERS, CandidacyProcess.Activities.AWAIT_REVIEW);

    private final WorkflowEngine engine;
    private final NetworkValidations validations;
    private final RankedListVariable rankedList;

    Deliberations(WorkflowEngine engine, NetworkValidations validations, RankedListVariable rankedList) {
        this.engine = engine;
        this.validations = validations;
        this.rankedList = rankedList;
    }

    @Transactional(readOnly = true)
    DeliberationView view(UUID callId) {
        String key = callId.toString();
        if (engine.track(CallProcess.KEY, key).isEmpty()) {
            throw new NotFoundException("process for call", callId);
        }
        Instant openSince = deliberationTask(key).map(OpenTask::since).orElse(null);
        List<ReviewedCandidacy> reviewed = engine.waitingIn(CandidacyProcess.KEY,
                        CandidacyProcess.Activities.AWAIT_DECISION, Map.of(CandidacyProcess.Variables.CALL_ID, key))
                .stream().map(this::reviewed)
                .sorted(Comparator.comparing(ReviewedCandidacy::weightedTotal,
                        Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        Map<String, Object> call = engine.runningVariables(CallProcess.KEY, key);
        var answers = new ArrayList<NetworkAnswer>();
        Object networks = call.get(CallProcess.Variables.PARTICIPATING_NETWORKS);
        if (networks != null) {
            validations.networks((String) networks).forEach(network -> answers.add(new NetworkAnswer(network,
                    (String) call.get(CallProcess.Variables.validationOf(network)),
                    (String) call.get(CallProcess.Variables.rejectionReasonOf(network)))));
        }
        Integer round = (Integer) call.get(CallProcess.Variables.ROUND);
        Object proposed = call.get(CallProcess.Variables.RANKED_LIST);
        return new DeliberationView(callId, openSince, stillUnderReview(key), reviewed, round, answers,
                proposed == null ? null : rankedList.read(proposed));
    }

    @Transactional
    void decide(UUID callId, RankedListDraft draft, PlatformUser coordinator) {
        String key = callId.toString();
        check(callId, draft);
        boolean decided = engine.completeTask(CallProcess.KEY, key, CallProcess.Activities.DELIBERATE,
                coordinator.id(), Map.of(CallProcess.Variables.RANKED_LIST, rankedList.value(draft.message())));
        if (!decided) {
            throw new ConflictException("Call " + callId + " was deliberated meanwhile");
        }
    }

    /**
     * Refuses the list as {@link #decide} would, and changes nothing: for a coordinator to confirm a list the
     * networks will be sent.
     */
    @Transactional(readOnly = true)
    void check(UUID callId, RankedListDraft draft) {
        String key = callId.toString();
        if (deliberationTask(key).isEmpty()) {
            if (engine.track(CallProcess.KEY, key).isEmpty()) {
                throw new NotFoundException("process for call", callId);
            }
            throw new ConflictException("Call " + callId + " is not being deliberated: its submissions are still "
                    + "open, or its list is with the networks, or decided");
        }
        int underReview = stillUnderReview(key);
        if (underReview > 0) {
            throw new ConflictException(underReview + " candidacies of call " + callId
                    + " are still before the end of their review: deliberate once they are reviewed");
        }
        Set<String> reviewed = new HashSet<>(engine.waitingIn(CandidacyProcess.KEY,
                CandidacyProcess.Activities.AWAIT_DECISION, Map.of(CandidacyProcess.Variables.CALL_ID, key)));
        var invalid = new ArrayList<FieldError>();
        var placed = new HashSet<String>();
        Map<String, List<RankedListDraft.Entry>> lists = Map.of("laureates", draft.laureates(),
                "reserve", draft.reserve(), "notSelected", draft.notSelected());
        for (String list : List.of("laureates", "reserve", "notSelected")) {
            List<RankedListDraft.Entry> entries = lists.get(list);
            for (int i = 0; i < entries.size(); i++) {
                String candidacyId = entries.get(i).candidacyId().toString();
                String field = list + "[" + i + "].candidacyId";
                if (!reviewed.contains(candidacyId)) {
                    invalid.add(new FieldError(field, "is not a reviewed candidacy of this call"));
                } else if (!placed.add(candidacyId)) {
                    invalid.add(new FieldError(field, "is placed twice"));
                }
            }
        }
        List<String> left = reviewed.stream().filter(candidacyId -> !placed.contains(candidacyId)).sorted().toList();
        if (!left.isEmpty()) {
            invalid.add(new FieldError("notSelected", "leaves out reviewed candidacies " + String.join(", ", left)));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidFieldException(invalid);
        }
    }

    private Optional<OpenTask> deliberationTask(String callId) {
        return engine.openTasks(CallProcess.KEY, CallProcess.Activities.DELIBERATE,
                Map.of(CallProcess.Variables.CALL_ID, callId)).stream().findFirst();
    }

    private int stillUnderReview(String callId) {
        return BEFORE_REVIEW_END.stream().mapToInt(activity -> engine.waitingIn(CandidacyProcess.KEY, activity,
                Map.of(CandidacyProcess.Variables.CALL_ID, callId)).size()).sum();
    }

    private ReviewedCandidacy reviewed(String candidacyId) {
        Map<String, Object> variables = engine.variables(CandidacyProcess.KEY, candidacyId);
        Object total = variables.get(CandidacyProcess.Variables.WEIGHTED_TOTAL);
        return new ReviewedCandidacy(UUID.fromString(candidacyId),
                (String) variables.get(CandidacyProcess.Variables.PTCE_NAME),
                total == null ? null : new BigDecimal((String) total),
                Boolean.TRUE.equals(variables.get(CandidacyProcess.Variables.THRESHOLDS_MET)), total != null);
    }

    /**
     * The deliberation of a call: whether it is open, what is reviewed, and the networks' last answers.
     *
     * @param round        the round of the list last proposed, {@code null} before the first
     * @param lastProposed the list last proposed to the networks (to revise after a rejection), {@code null} before
     *                     the first round
     */
    record DeliberationView(UUID callId, Instant openSince, int stillUnderReview, List<ReviewedCandidacy> reviewed,
            Integer round, List<NetworkAnswer> lastAnswers, RankedList lastProposed) {
    }

    /**
     * A candidacy waiting for the decision: its tally, or none when the review deadline passed before its evaluations
     * were all in ({@code reviewComplete} false).
     */
    record ReviewedCandidacy(UUID candidacyId, String ptceName, BigDecimal weightedTotal, boolean thresholdsMet,
            boolean reviewComplete) {
    }

    record NetworkAnswer(String network, String validation, String reason) {
    }
}
