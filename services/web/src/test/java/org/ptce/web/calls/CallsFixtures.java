package org.ptce.web.calls;


import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.web.security.SignedInAs;
import org.ptce.web.api.Call;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** A coordinator and the calls the applications service would show them; the pages' clock is 1 March 2027. */
final class CallsFixtures {

    static final UUID DRAFT = UUID.fromString("00000000-0000-0000-0000-0000000ca11d");
    static final UUID OPEN = UUID.fromString("00000000-0000-0000-0000-0000000ca110");
    static final UUID CLOSED = UUID.fromString("00000000-0000-0000-0000-0000000ca11c");
    /** 15 March 2027, 12 h 00 in Paris (winter time). */
    static final Instant DEADLINE = Instant.parse("2027-03-15T11:00:00Z");
    /** 15 April 2027, 18 h 00 in Paris (summer time). */
    static final Instant REVIEW = Instant.parse("2027-04-15T16:00:00Z");

    private CallsFixtures() {
    }

    static OidcLoginRequestPostProcessor coordinator() {
        return signedIn("COORDINATOR", "Claire Morvan");
    }

    static OidcLoginRequestPostProcessor signedIn(String role, String name) {
        return SignedInAs.person(UUID.randomUUID().toString(), role, name);
    }

    static Call draft() {
        return call(DRAFT, "AMI PTCE 2027", "DRAFT", DEADLINE, null);
    }

    static Call call(UUID id, String title, String status, Instant deadline, Instant openedAt) {
        return new Call(id, title, "Soutenir les pôles territoriaux de coopération économique.", deadline,
                Set.of("RTES", "MES", "OPALE"),
                new Call.Grid(List.of(
                        new Call.Criterion("TERRITORIAL_ANCHORING", "Ancrage territorial", 3, new BigDecimal("2.50")),
                        new Call.Criterion("COOPERATION", "Coopération entre les membres", 2, new BigDecimal("2"))),
                        new BigDecimal("3.00")),
                List.of("Statuts", "Budget prévisionnel"), REVIEW, Duration.ofDays(15), status, openedAt);
    }
}
