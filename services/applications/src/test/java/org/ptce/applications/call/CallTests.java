package org.ptce.applications.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.review.api.Network;

class CallTests {

    private final Instant now = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void opensADraftBeforeItsDeadline() {
        var call = Call.draft(draft(now.plus(30, ChronoUnit.DAYS)), now.minusSeconds(60), "coordinator");

        var opened = call.open(now, "coordinator-2");

        assertThat(opened.callId()).isEqualTo(call.id());
        assertThat(opened.openedAt()).isEqualTo(now);
        assertThat(call.view().status()).isEqualTo(CallStatus.OPEN);
        assertThat(call.view().openedBy()).isEqualTo("coordinator-2");
    }

    @Test
    void doesNotOpenOnceItsDeadlineHasPassed() {
        var deadline = now.plus(1, ChronoUnit.DAYS);
        var call = Call.draft(draft(deadline), now, "coordinator");

        assertThatThrownBy(() -> call.open(deadline, "coordinator")).isInstanceOf(InvalidFieldException.class);
        assertThat(call.view().status()).isEqualTo(CallStatus.DRAFT);
    }

    @Test
    void opensOnlyOnce() {
        var call = Call.draft(draft(now.plus(30, ChronoUnit.DAYS)), now, "coordinator");
        call.open(now, "coordinator");

        assertThatThrownBy(() -> call.open(now, "coordinator")).isInstanceOf(ConflictException.class);
    }

    private static CallDraft draft(Instant deadline) {
        return new CallDraft(" AMI PTCE ", "Appel", deadline, Set.of(Network.UFISC, Network.OPALE));
    }
}
