package org.ptce.workflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ptce.workflow.call.NetworkValidations;
import org.ptce.workflow.candidacy.CandidacyProcess;

/** The coordinator reads who a candidacy's review waits on, and which networks still need a reviewer. */
class WaitingOnTests {

    private final WaitingOn waitingOn = new WaitingOn(new NetworkValidations());

    @Test
    void aReviewWaitsOnItsReviewersAndNamesTheNetworksWithoutOne() {
        String described = waitingOn.describe(CandidacyProcess.Activities.AWAIT_REVIEW, WaitingOn.lookup(Map.of(
                CandidacyProcess.Variables.REVIEWER_IDS, "reviewer-rtes",
                CandidacyProcess.Variables.UNCOVERED_NETWORKS, "MES,UFISC")));

        assertThat(described).isEqualTo("évaluateurs reviewer-rtes ; sans évaluateur : MES, UFISC");
    }

    @Test
    void aFullyCoveredReviewNamesNoNetwork() {
        String described = waitingOn.describe(CandidacyProcess.Activities.AWAIT_REVIEW, WaitingOn.lookup(Map.of(
                CandidacyProcess.Variables.REVIEWER_IDS, "reviewer-rtes,reviewer-mes",
                CandidacyProcess.Variables.UNCOVERED_NETWORKS, "")));

        assertThat(described).isEqualTo("évaluateurs reviewer-rtes,reviewer-mes");
    }
}
