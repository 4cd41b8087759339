package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DrillAuditTests {

    private static final int NETWORKS = 3;

    private static DrillAudit.Candidacy submitted(String id) {
        return new DrillAudit.Candidacy(id, "SUBMITTED", 1, 1, 0, 0, 0, true, true);
    }

    private static DrillAudit.Candidacy admissible(String id) {
        return new DrillAudit.Candidacy(id, "ADMISSIBLE", 1, 0, 1, 3, 3, true, true);
    }

    private static SubmissionBurst.Answers answers(Set<String> submitted, Set<String> decided) {
        return new SubmissionBurst.Answers(submitted.size(), 0, submitted, submitted, decided, 0, Map.of());
    }

    @Test
    void candidaciesInTheStateTheirAnswersPromisedAreClean() {
        var findings = DrillAudit.judge(List.of(submitted("a"), admissible("b"),
                new DrillAudit.Candidacy("c", "DRAFT", 0, 0, 0, 0, 0, false, false)),
                NETWORKS, answers(Set.of("a", "b"), Set.of("b")));

        assertThat(findings.problems()).isEmpty();
        assertThat(findings.byStatus()).containsEntry("SUBMITTED", 1).containsEntry("ADMISSIBLE", 1)
                .containsEntry("DRAFT", 1);
        assertThat(findings.processes()).isEqualTo(2);
    }

    @Test
    void aSecondProcessOrASecondReviewerOfOneNetworkIsADuplicate() {
        var findings = DrillAudit.judge(List.of(
                new DrillAudit.Candidacy("a", "SUBMITTED", 2, 1, 0, 0, 0, true, true),
                new DrillAudit.Candidacy("b", "ADMISSIBLE", 1, 0, 1, 4, 3, true, true)),
                NETWORKS, answers(Set.of("a", "b"), Set.of("b")));

        assertThat(findings.duplicates()).isEqualTo(2);
        assertThat(findings.clean()).isFalse();
    }

    @Test
    void anAcknowledgedSubmissionLeftADraftOrMissingIsBroken() {
        var findings = DrillAudit.judge(List.of(new DrillAudit.Candidacy("a", "DRAFT", 0, 0, 0, 0, 0, false, false)),
                NETWORKS, answers(Set.of("a", "gone"), Set.of()));

        assertThat(findings.lost()).isEqualTo(1);
        assertThat(findings.unfinished()).isEqualTo(1);
        assertThat(findings.problems()).anyMatch(problem -> problem.contains("gone"));
    }

    @Test
    void anAcknowledgedDecisionMustEndWithOneReviewerPerNetwork() {
        var findings = DrillAudit.judge(List.of(submitted("a"),
                new DrillAudit.Candidacy("b", "ADMISSIBLE", 1, 0, 1, 2, 2, true, true)),
                NETWORKS, answers(Set.of("a", "b"), Set.of("a", "b")));

        assertThat(findings.unfinished()).isEqualTo(2);
        assertThat(findings.problems()).anyMatch(problem -> problem.contains("decision was acknowledged"))
                .anyMatch(problem -> problem.contains("2 networks"));
    }

    @Test
    void aSubmittedCandidacyWithoutItsCheckOrUnknownToAServiceIsNotFinished() {
        var findings = DrillAudit.judge(List.of(
                new DrillAudit.Candidacy("a", "SUBMITTED", 1, 0, 0, 0, 0, true, true),
                new DrillAudit.Candidacy("b", "SUBMITTED", 1, 1, 0, 0, 0, true, false)),
                NETWORKS, answers(Set.of("a", "b"), Set.of()));

        assertThat(findings.unfinished()).isEqualTo(2);
    }
}
