package org.ptce.web.awaiting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.web.api.Assignment;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Notification;
import org.ptce.web.api.ValidationRound;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** People in each role, and what the services would answer of what awaits them, around {@code WebPageTest.NOW}. */
final class AwaitingFixtures {

    static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");
    static final UUID CLOSED_CALL = UUID.fromString("00000000-0000-0000-0000-0000000000cb");
    static final UUID OTHER_CALL = UUID.fromString("00000000-0000-0000-0000-0000000000cc");
    static final UUID VAL = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final UUID MORLAIX = UUID.fromString("00000000-0000-0000-0000-0000000000d2");
    static final UUID AQUITAINE = UUID.fromString("00000000-0000-0000-0000-0000000000d3");
    static final UUID VOSGES = UUID.fromString("00000000-0000-0000-0000-0000000000d4");

    private AwaitingFixtures() {
    }

    /** Someone new to each test: what awaits a person is kept between pages, and tests share the application. */
    static OidcLoginRequestPostProcessor signedIn(String... roles) {
        return oidcLogin().idToken(token -> token.subject(UUID.randomUUID().toString())
                        .claim("name", "Claire Morvan").claim("roles", List.of(roles)))
                .authorities(Arrays.stream(roles).map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                        .toList());
    }

    /** Open until 15 March 2027 at 12 h 00, Paris time. */
    static Call openCall() {
        return call(CALL, "AMI PTCE 2027", Instant.parse("2027-03-15T11:00:00Z"), "OPEN");
    }

    /** Closed on 15 February 2027. */
    static Call closedCall() {
        return call(CLOSED_CALL, "AMI PTCE 2026", Instant.parse("2027-02-15T11:00:00Z"), "CLOSED");
    }

    private static Call call(UUID id, String title, Instant deadline, String status) {
        return new Call(id, title, "Un appel.", deadline, Set.of("RTES", "MES"),
                new Call.Grid(List.of(), BigDecimal.valueOf(3)), List.of("Statuts"), null, Duration.ofDays(10),
                status, Instant.parse("2027-01-10T09:00:00Z"));
    }

    static Candidacy candidacy(UUID id, UUID callId, String name, String status, Instant completionDueAt) {
        return new Candidacy(id, callId, "holder-1", name, "SCIC SAS", true, false, null, List.of(), List.of(), null,
                null, null, null, status, Instant.parse("2027-02-01T09:00:00Z"),
                Instant.parse("2027-02-20T09:00:00Z"), null, null, null, completionDueAt, null, null, null, null,
                null);
    }

    static Notification notification(UUID candidacyId, String name, String outcomeLabel, Instant notifiedAt) {
        return new Notification(CLOSED_CALL, candidacyId, name, "LAUREATE", outcomeLabel, "Un projet solide.",
                notifiedAt, notifiedAt);
    }

    static Assignment assignment(UUID candidacyId, String name, String status, Instant reviewDeadline,
            Instant remindedAt, boolean overdue) {
        return new Assignment(candidacyId, CALL, name, "reviewer-1", "OPALE", Instant.parse("2027-02-20T08:00:00Z"),
                remindedAt, "AMI PTCE 2027", reviewDeadline, status, null, null,
                "SUBMITTED".equals(status) ? Instant.parse("2027-02-26T08:00:00Z") : null, overdue);
    }

    static ValidationRound round(UUID callId, String title, int round, Instant requestedAt, Instant validatedAt,
            int latestRound) {
        return new ValidationRound(callId, title, round, "RTES", requestedAt, 2, 1, 1,
                validatedAt == null ? null : true, null, validatedAt, latestRound);
    }
}
