package org.ptce.web.process;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.web.api.Call;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.api.WorkflowApi;
import org.ptce.web.api.WorkflowApi.DiagramBox;
import org.ptce.web.api.WorkflowApi.DiagramEdge;
import org.ptce.web.api.WorkflowApi.DiagramPoint;
import org.ptce.web.api.WorkflowApi.DiagramShape;
import org.ptce.web.security.SignedInAs;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** A closed call, a small candidacy process as the workflow service draws it, and the call's numbers on it. */
final class ProcessFixtures {

    static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");

    private ProcessFixtures() {
    }

    static OidcLoginRequestPostProcessor coordinator() {
        return signedIn("COORDINATOR", "Claire Morvan");
    }

    static OidcLoginRequestPostProcessor signedIn(String role, String name) {
        return SignedInAs.person(UUID.randomUUID().toString(), role, name);
    }

    static Call call() {
        return new Call(CALL, "AMI PTCE 2027", "Un appel.", Instant.parse("2027-02-15T11:00:00Z"),
                Set.of("MES", "RTES"),
                new Call.Grid(List.of(new Call.Criterion("TERRITORIAL_ANCHORING", "Ancrage territorial", 2,
                        new BigDecimal("2.5"))), new BigDecimal("3")),
                List.of("Statuts"), Instant.parse("2027-03-31T10:00:00Z"), Duration.ofDays(15), "CLOSED",
                Instant.parse("2027-01-10T09:00:00Z"));
    }

    /** From the submission to the check, the review (reminded when late) and the decision; a withdrawal at any time. */
    static WorkflowApi.ProcessDiagram diagram() {
        return new WorkflowApi.ProcessDiagram("ptce-candidacy:3:42", "ptce-candidacy", "Candidature",
                new DiagramBox(127, 62, 623, 368), List.of(
                new DiagramShape("CandidacySubmitted", "event", "startEvent", "Candidature déposée", 152, 182, 36,
                        36, new DiagramBox(127, 225, 86, 27), "message", false),
                new DiagramShape("CheckAdmissibility", "task", "userTask", "Vérifier la recevabilité", 240, 160, 130,
                        80, null, null, false),
                new DiagramShape("AdmissibilityDecision", "gateway", "exclusiveGateway", "Recevable ?", 420, 175, 50,
                        50, new DiagramBox(416, 232, 58, 14), null, false),
                new DiagramShape("AwaitReview", "task", "receiveTask", "Évaluation par le comité", 520, 160, 130, 80,
                        null, null, false),
                new DiagramShape("EvaluationsOverdue", "event", "boundaryEvent", "Évaluations en retard", 567, 142,
                        36, 36, new DiagramBox(542, 112, 86, 27), "timer", true),
                new DiagramShape("Decided", "event", "endEvent", "Décision publiée", 700, 182, 36, 36,
                        new DiagramBox(678, 225, 80, 14), null, false),
                new DiagramShape("Inadmissible", "event", "endEvent", "Irrecevable", 427, 62, 36, 36,
                        new DiagramBox(416, 105, 58, 14), null, false),
                new DiagramShape("Withdrawal", "subprocess", "subProcess", "Retrait", 240, 300, 310, 130, null, null,
                        true),
                new DiagramShape("Withdrawn", "event", "endEvent", "Retirée", 462, 347, 36, 36,
                        new DiagramBox(462, 390, 36, 14), null, false)),
                List.of(new DiagramEdge("Flow_Submitted_Check", null, List.of(new DiagramPoint(188, 200),
                                new DiagramPoint(240, 200)), null),
                        new DiagramEdge("Flow_Decision_Admissible", "oui", List.of(new DiagramPoint(470, 200),
                                new DiagramPoint(520, 200)), new DiagramBox(485, 182, 17, 14)),
                        new DiagramEdge("Flow_Decision_Inadmissible", "non", List.of(new DiagramPoint(445, 175),
                                new DiagramPoint(445, 98)), new DiagramBox(450, 130, 20, 14))));
    }

    /** Eight candidacies: three to check, two under review, one decided, two inadmissible. */
    static WorkflowApi.CallProcess process() {
        return new WorkflowApi.CallProcess(CALL, 8, 5, diagram(), List.of(
                step("CandidacySubmitted", "Candidature déposée", "event", "startEvent", 0, 0, 0, null, null),
                step("CheckAdmissibility", "Vérifier la recevabilité", "task", "userTask", 3, 0, 12,
                        Duration.ofHours(52), Duration.ofDays(5)),
                step("AdmissibilityDecision", "Recevable ?", "gateway", "exclusiveGateway", 0, 0, 0, null, null),
                step("AwaitReview", "Évaluation par le comité", "task", "receiveTask", 2, 0, 4,
                        Duration.ofMinutes(35), Duration.ofMinutes(195)),
                step("EvaluationsOverdue", "Évaluations en retard", "event", "boundaryEvent", 0, 0, 0, null, null),
                step("Decided", "Décision publiée", "event", "endEvent", 0, 1, 0, null, null),
                step("Inadmissible", "Irrecevable", "event", "endEvent", 0, 2, 0, null, null),
                step("Withdrawal", "Retrait", "subprocess", "subProcess", 0, 0, 0, null, null),
                step("Withdrawn", "Retirée", "event", "endEvent", 0, 0, 0, null, null)));
    }

    static WorkflowApi.CallProcess noCandidacy() {
        return new WorkflowApi.CallProcess(CALL, 0, 0, diagram(), process().steps().stream()
                .map(step -> step(step.activityId(), step.name(), step.kind(), step.type(), 0, 0, 0, null, null))
                .toList());
    }

    /** RTES has four evaluations in of six; MES none assigned yet. */
    static ReviewDeskApi.EvaluationLeadTimes leadTimes() {
        return new ReviewDeskApi.EvaluationLeadTimes(CALL, List.of(
                new ReviewDeskApi.NetworkLeadTimes("RTES", 6, 4, Duration.ofHours(26), Duration.ofDays(3)),
                new ReviewDeskApi.NetworkLeadTimes("MES", 0, 0, null, null)));
    }

    private static WorkflowApi.ProcessStep step(String activityId, String name, String kind, String type,
            long waiting, long ended, long passages, Duration median, Duration slowest) {
        return new WorkflowApi.ProcessStep(activityId, name, kind, type, waiting, ended, passages, median, slowest);
    }
}
