package org.ptce.applications.candidacy;

import java.util.Set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ptce.applications.call.OpenCalls;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.security.Role;

/** The deadline is an instant: a submission one second before it passes, at it or after it does not, in any season. */
class SubmissionDeadlineTests {

    private final CandidacyRepository repository = mock(CandidacyRepository.class);
    private final OpenCalls openCalls = mock(OpenCalls.class);
    private final MessagePublisher messages = mock(MessagePublisher.class);
    private final PlatformUser holder = new PlatformUser("holder-1", "Holder", Set.of(Role.HOLDER), null);
    private Instant now;

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-03-29T01:59:59+01:00", // just before clocks go forward in Paris
            "2026-03-29T03:00:00+02:00", // just after
            "2026-10-25T02:30:00+02:00", // the first 02:30 of the night clocks go back
            "2026-10-25T02:30:00+01:00", // the second 02:30
            "2026-06-30T12:00:00+02:00"})
    void aSubmissionIsAcceptedUntilTheSecondBeforeTheDeadline(String deadlineInParis) {
        Instant deadline = OffsetDateTime.parse(deadlineInParis).toInstant();
        var candidacy = Candidacy.draft(UUID.randomUUID(), holder.id(), CandidacyTests.complete(), deadline
                .minusSeconds(3600));
        given(openCalls.submissionDeadline(candidacy.callId())).willReturn(deadline);
        given(repository.findById(candidacy.id())).willReturn(Optional.of(candidacy));
        given(repository.save(any())).willAnswer(invocation -> invocation.getArgument(0));

        now = deadline;
        assertThatThrownBy(() -> candidacies().submit(candidacy.id(), holder))
                .isInstanceOfSatisfying(DeadlinePassedException.class, e -> assertThat(e.getBody().getDetail())
                        .contains(String.valueOf(deadline.atZone(ZoneId.of("Europe/Paris")).getHour()) + "h"));
        verify(messages, never()).publish(any());

        now = deadline.minusSeconds(1);
        assertThat(candidacies().submit(candidacy.id(), holder).status()).isEqualTo(CandidacyStatus.SUBMITTED);
        verify(messages).publish(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-29T03:00:00+02:00", "2026-10-25T02:30:00+01:00"})
    void noDraftIsStartedNorChangedOnceTheDeadlineHasPassed(String deadlineInParis) {
        Instant deadline = OffsetDateTime.parse(deadlineInParis).toInstant();
        var candidacy = Candidacy.draft(UUID.randomUUID(), holder.id(), CandidacyTests.complete(), deadline
                .minusSeconds(3600));
        given(openCalls.submissionDeadline(candidacy.callId())).willReturn(deadline);
        given(repository.findById(candidacy.id())).willReturn(Optional.of(candidacy));
        now = deadline.plusSeconds(1);

        assertThatThrownBy(() -> candidacies().draft(candidacy.callId(), CandidacyTests.complete(), holder))
                .isInstanceOf(DeadlinePassedException.class);
        assertThatThrownBy(() -> candidacies().edit(candidacy.id(), CandidacyTests.complete(), holder))
                .isInstanceOf(DeadlinePassedException.class);
        verify(repository, never()).save(any());
    }

    private Candidacies candidacies() {
        return new Candidacies(repository, openCalls, messages, null, Clock.fixed(now, ZoneOffset.UTC));
    }
}
