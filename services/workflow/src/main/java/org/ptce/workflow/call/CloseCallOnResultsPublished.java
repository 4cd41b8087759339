package org.ptce.workflow.call;

import java.util.List;
import java.util.Map;

import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.publication.api.ResultsPublished;
import org.ptce.workflow.api.RankedList;
import org.ptce.workflow.candidacy.CandidacyProcess;
import org.ptce.workflow.candidacy.CandidacyProcess.Outcome;
import org.ptce.workflow.engine.WorkflowEngine;
import org.springframework.stereotype.Component;

/**
 * The results are public and the holders notified: each reviewed candidacy of the call learns its outcome from the
 * decided list, and the call's process closes.
 */
@Component
class CloseCallOnResultsPublished implements MessageHandler<ResultsPublished> {

    private final WorkflowEngine engine;
    private final RankedListVariable rankedList;

    CloseCallOnResultsPublished(WorkflowEngine engine, RankedListVariable rankedList) {
        this.engine = engine;
        this.rankedList = rankedList;
    }

    @Override
    public void handle(IncomingMessage<ResultsPublished> message) {
        String callId = message.payload().callId().toString();
        if (engine.hasEnded(CallProcess.KEY, callId)) {
            return;
        }
        RankedList decided = rankedList.read(engine.variable(CallProcess.KEY, callId,
                CallProcess.Variables.RANKED_LIST).orElseThrow(() -> new IllegalStateException(
                "Call " + callId + " has no decided list yet")));
        for (String candidacyId : engine.waitingIn(CandidacyProcess.KEY, CandidacyProcess.Activities.AWAIT_DECISION,
                Map.of(CandidacyProcess.Variables.CALL_ID, callId))) {
            engine.correlate(CandidacyProcess.Messages.CANDIDACY_DECIDED, candidacyId,
                    Map.of(CandidacyProcess.Variables.OUTCOME, outcome(decided, candidacyId).name()));
        }
        engine.correlate(CallProcess.Messages.RESULTS_PUBLISHED, callId);
    }

    private static Outcome outcome(RankedList list, String candidacyId) {
        if (contains(list.laureates(), candidacyId)) {
            return Outcome.LAUREATE;
        }
        return contains(list.reserve(), candidacyId) ? Outcome.RESERVE : Outcome.NOT_SELECTED;
    }

    private static boolean contains(List<RankedList.Entry> entries, String candidacyId) {
        return entries.stream().anyMatch(entry -> entry.candidacyId().toString().equals(candidacyId));
    }

}
