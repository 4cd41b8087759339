package org.ptce.applications.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.review.api.Network;

class CallTests {

    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void opensADraftBeforeItsDeadlineWithItsGridAndLimits() {
        var deadline = now.plus(30, ChronoUnit.DAYS);
        var call = Call.draft(draft(deadline), now.minusSeconds(60), "coordinator", CompletionTimeBounds.DEFAULT);

        var opened = call.open(now, "coordinator-2");

        assertThat(opened.callId()).isEqualTo(call.id());
        assertThat(opened.openedAt()).isEqualTo(now);
        assertThat(opened.evaluationGrid().criteria()).extracting(c -> c.code()).containsExactly("COOPERATION",
                "TERRITORY");
        assertThat(opened.completionTimeLimit()).isEqualTo("PT360H");
        assertThat(opened.reviewDeadline()).isEqualTo(deadline.plus(30, ChronoUnit.DAYS));
        assertThat(call.view().status()).isEqualTo(CallStatus.OPEN);
        assertThat(call.view().openedBy()).isEqualTo("coordinator-2");
    }

    @Test
    void doesNotOpenOnceItsDeadlineHasPassed() {
        var deadline = now.plus(1, ChronoUnit.DAYS);
        var call = Call.draft(draft(deadline), now, "coordinator", CompletionTimeBounds.DEFAULT);

        assertThatThrownBy(() -> call.open(deadline, "coordinator")).isInstanceOf(InvalidFieldException.class);
        assertThat(call.view().status()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void opensOnlyOnce() {
        var call = Call.draft(draft(now.plus(30, ChronoUnit.DAYS)), now, "coordinator", CompletionTimeBounds.DEFAULT);
        call.open(now, "coordinator");

        assertThatThrownBy(() -> call.open(now, "coordinator")).isInstanceOf(ConflictException.class);
    }

    @Test
    void namesEveryFieldThatBreaksARuleOfTheDraft() {
        var deadline = now.plus(30, ChronoUnit.DAYS);
        var draft = draft(deadline, deadline, Duration.ofHours(3), criterion("COOPERATION"), criterion("COOPERATION"));

        assertThatThrownBy(() -> Call.draft(draft, now, "coordinator", CompletionTimeBounds.DEFAULT))
                .isInstanceOfSatisfying(InvalidFieldException.class, problem -> assertThat(fields(problem))
                        .containsExactlyInAnyOrder("reviewDeadline", "completionTimeLimit",
                                "evaluationGrid.criteria[1].code"));
    }

    @Test
    void refusesACompletionTimeLimitLongerThanASeason() {
        var deadline = now.plus(30, ChronoUnit.DAYS);
        var draft = draft(deadline, deadline.plus(1, ChronoUnit.DAYS), Duration.ofDays(91), criterion("COOPERATION"));

        assertThatThrownBy(() -> Call.draft(draft, now, "coordinator", CompletionTimeBounds.DEFAULT))
                .isInstanceOfSatisfying(InvalidFieldException.class, problem -> assertThat(fields(problem))
                        .containsExactly("completionTimeLimit"));
    }

    @Test
    void aShorterMinimumCompletionTimeCanBeConfigured() {
        var deadline = now.plus(30, ChronoUnit.DAYS);
        var draft = draft(deadline, deadline.plus(1, ChronoUnit.DAYS), Duration.ofSeconds(10),
                criterion("COOPERATION"));

        var call = Call.draft(draft, now, "coordinator",
                new CompletionTimeBounds(Duration.ofSeconds(5), Duration.ofDays(90)));

        assertThat(call.view().completionTimeLimit()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aDraftIsRewrittenAsAWholeAndKeepsWhoChangedItAndWhen() {
        var call = Call.draft(draft(now.plus(30, ChronoUnit.DAYS)), now, "coordinator", CompletionTimeBounds.DEFAULT);
        var later = now.plus(1, ChronoUnit.HOURS);
        var newDeadline = now.plus(40, ChronoUnit.DAYS);
        var revision = new CallDraft(" AMI PTCE 2027 ", " Appel révisé ", newDeadline, Set.of(Network.MES),
                new CallDraft.Grid(List.of(criterion("INNOVATION")), new BigDecimal("2.5")),
                List.of(" Budget "), newDeadline.plus(20, ChronoUnit.DAYS), Duration.ofDays(10));

        call.revise(revision, later, "coordinator-2", CompletionTimeBounds.DEFAULT);

        var view = call.view();
        assertThat(view.title()).isEqualTo("AMI PTCE 2027");
        assertThat(view.description()).isEqualTo("Appel révisé");
        assertThat(view.submissionDeadline()).isEqualTo(newDeadline);
        assertThat(view.participatingNetworks()).containsExactly(Network.MES);
        assertThat(view.evaluationGrid().criteria()).extracting(c -> c.code()).containsExactly("INNOVATION");
        assertThat(view.evaluationGrid().totalThreshold()).isEqualByComparingTo("2.5");
        assertThat(view.requiredDocuments()).containsExactly("Budget");
        assertThat(view.completionTimeLimit()).isEqualTo(Duration.ofDays(10));
        assertThat(view.status()).isEqualTo(CallStatus.DRAFT);
        assertThat(view.createdBy()).isEqualTo("coordinator");
        assertThat(view.updatedBy()).isEqualTo("coordinator-2");
        assertThat(view.updatedAt()).isEqualTo(later);
    }

    @Test
    void aRevisionBreakingARuleIsRefusedWholeAndTheDraftStaysAsItWas() {
        var deadline = now.plus(30, ChronoUnit.DAYS);
        var call = Call.draft(draft(deadline), now, "coordinator", CompletionTimeBounds.DEFAULT);
        var broken = draft(deadline.plus(5, ChronoUnit.DAYS), deadline, Duration.ofDays(91), criterion("TERRITORY"),
                criterion("TERRITORY"));

        assertThatThrownBy(() -> call.revise(broken, now, "coordinator", CompletionTimeBounds.DEFAULT))
                .isInstanceOfSatisfying(InvalidFieldException.class, problem -> assertThat(fields(problem))
                        .containsExactlyInAnyOrder("reviewDeadline", "completionTimeLimit",
                                "evaluationGrid.criteria[1].code"));
        assertThat(call.view().submissionDeadline()).isEqualTo(deadline);
        assertThat(call.view().evaluationGrid().criteria()).hasSize(2);
        assertThat(call.view().updatedBy()).isNull();
    }

    @Test
    void anOpenCallIsNotChangedAnyMore() {
        var deadline = now.plus(30, ChronoUnit.DAYS);
        var call = Call.draft(draft(deadline), now, "coordinator", CompletionTimeBounds.DEFAULT);
        call.open(now, "coordinator");

        assertThatThrownBy(() -> call.revise(draft(deadline.plus(1, ChronoUnit.DAYS)), now, "coordinator",
                CompletionTimeBounds.DEFAULT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("only a DRAFT call can be changed");
        assertThat(call.view().submissionDeadline()).isEqualTo(deadline);
    }

    private static CallDraft draft(Instant deadline) {
        return draft(deadline, deadline.plus(30, ChronoUnit.DAYS), Duration.ofDays(15), criterion("COOPERATION"),
                criterion("TERRITORY"));
    }

    private static CallDraft draft(Instant deadline, Instant reviewDeadline, Duration completion,
            Criterion... criteria) {
        return new CallDraft(" AMI PTCE ", "Appel", deadline, Set.of(Network.UFISC, Network.OPALE),
                new CallDraft.Grid(List.of(criteria), new BigDecimal("3")), List.of("Statuts"), reviewDeadline,
                completion);
    }

    private static Criterion criterion(String code) {
        return new Criterion(code, "Critère", 1, new BigDecimal("2"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(InvalidFieldException problem) {
        var errors = (List<FieldError>) problem.getBody().getProperties().get("errors");
        return errors.stream().map(FieldError::field).toList();
    }
}
