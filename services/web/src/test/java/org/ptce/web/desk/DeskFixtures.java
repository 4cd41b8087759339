package org.ptce.web.desk;


import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ptce.web.security.SignedInAs;
import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** A coordinator, a call whose submissions are closed, and its candidacies as the services would answer them. */
final class DeskFixtures {

    static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");
    static final UUID VAL = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final UUID MORLAIX = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    static final UUID AQUITAINE = UUID.fromString("00000000-0000-0000-0000-0000000000d3");

    private DeskFixtures() {
    }

    static OidcLoginRequestPostProcessor coordinator() {
        return signedIn("COORDINATOR", "Claire Morvan");
    }

    static OidcLoginRequestPostProcessor signedIn(String role, String name) {
        return SignedInAs.person(UUID.randomUUID().toString(), role, name);
    }

    /** Closed on 15 February 2027, reviewed by RTES and MES on two criteria, 15 days for completions. */
    static Call call() {
        return new Call(CALL, "AMI PTCE 2027", "Un appel.", Instant.parse("2027-02-15T11:00:00Z"),
                Set.of("MES", "RTES"),
                new Call.Grid(List.of(
                        new Call.Criterion("TERRITORIAL_ANCHORING", "Ancrage territorial", 2, new BigDecimal("2.5")),
                        new Call.Criterion("COOPERATION", "Coopération entre les membres", 1, new BigDecimal("2"))),
                        new BigDecimal("3")),
                List.of("Statuts"), Instant.parse("2027-03-31T10:00:00Z"), Duration.ofDays(15), "CLOSED",
                Instant.parse("2027-01-10T09:00:00Z"));
    }

    static WorkflowApi.Facts eligibleFacts() {
        return new WorkflowApi.Facts(true, 3, 1, 1, 1, true, true, true);
    }

    static WorkflowApi.PendingCheck eligible(UUID candidacyId, String name) {
        return new WorkflowApi.PendingCheck(candidacyId, CALL, name, true, null,
                Instant.parse("2027-02-16T08:30:00Z"), eligibleFacts(), null);
    }

    static WorkflowApi.PendingCheck notEligible(UUID candidacyId, String name) {
        return new WorkflowApi.PendingCheck(candidacyId, CALL, name, false,
                "Le PTCE doit regrouper au moins trois personnes morales.", Instant.parse("2027-02-17T13:05:00Z"),
                new WorkflowApi.Facts(true, 2, 1, 1, 0, true, true, true), null);
    }

    static WorkflowApi.ReviewedCandidacy reviewed(UUID candidacyId, String name, String total) {
        return new WorkflowApi.ReviewedCandidacy(candidacyId, name, total == null ? null : new BigDecimal(total),
                total != null && new BigDecimal(total).compareTo(BigDecimal.valueOf(3)) >= 0, total != null);
    }

    /** Open since the review ended, no round yet: Val (3.85), then Morlaix (2.9). */
    static WorkflowApi.Deliberation openDeliberation() {
        return new WorkflowApi.Deliberation(CALL, Instant.parse("2027-03-31T10:00:00Z"), 0,
                List.of(reviewed(VAL, "PTCE du Val", "3.85"), reviewed(MORLAIX, "PTCE Pays de Morlaix", "2.9")),
                null, List.of(new WorkflowApi.NetworkAnswer("MES", null, null),
                        new WorkflowApi.NetworkAnswer("RTES", null, null)), null);
    }

    static ReviewDeskApi.RankedCandidacy ranked(UUID candidacyId, String name, String total, String anchoring,
            String cooperation, List<ReviewDeskApi.NetworkVote> votes) {
        return new ReviewDeskApi.RankedCandidacy(candidacyId, name, new BigDecimal(total), true,
                new ReviewDeskApi.Tally(List.of(
                        new ReviewDeskApi.CriterionResult("TERRITORIAL_ANCHORING", 2, new BigDecimal(anchoring),
                                new BigDecimal("2.5"), true),
                        new ReviewDeskApi.CriterionResult("COOPERATION", 1, new BigDecimal(cooperation),
                                new BigDecimal("2"), true)),
                        new BigDecimal(total), new BigDecimal("3"), true, votes));
    }

    /** A submitted evaluation, as the call's evaluations list it. */
    static ReviewDeskApi.CallEvaluation evaluation(UUID candidacyId, String network, int anchoring, int cooperation,
            String vote) {
        return new ReviewDeskApi.CallEvaluation(candidacyId, "PTCE", "reviewer-" + network, "Évaluateur " + network,
                network, "SUBMITTED", Instant.parse("2027-03-10T10:00:00Z"),
                Map.of("TERRITORIAL_ANCHORING", anchoring, "COOPERATION", cooperation), null, null, vote, "Un avis.",
                Instant.parse("2027-03-20T10:00:00Z"));
    }

    /** A draft: the coordinator's list shows no scores of it. */
    static ReviewDeskApi.CallEvaluation draft(UUID candidacyId, String network, int anchoring, int cooperation) {
        return new ReviewDeskApi.CallEvaluation(candidacyId, "PTCE", "reviewer-" + network, "Évaluateur " + network,
                network, "DRAFT", Instant.parse("2027-03-10T10:00:00Z"),
                Map.of("TERRITORIAL_ANCHORING", anchoring, "COOPERATION", cooperation), null, null, null, null, null);
    }

    static ReviewDeskApi.NetworkVote vote(String network, String vote, int count) {
        return new ReviewDeskApi.NetworkVote(network, vote, count);
    }
}
