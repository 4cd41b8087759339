package org.ptce.web.people;


import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.ptce.web.security.SignedInAs;
import org.ptce.web.api.PeoplePage;
import org.ptce.web.api.Person;
import org.ptce.web.api.PersonEvent;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** A coordinator, and the people the identity provider would show them. */
final class PeopleFixtures {

    static final UUID COORDINATOR = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final UUID MARTINE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    private PeopleFixtures() {
    }

    static OidcLoginRequestPostProcessor coordinator() {
        return signedIn(COORDINATOR, "COORDINATOR", "Claire Morvan");
    }

    static OidcLoginRequestPostProcessor signedIn(UUID id, String role, String name) {
        return SignedInAs.person(id.toString(), role, name);
    }

    static OidcLoginRequestPostProcessor signedIn(String role) {
        return signedIn(UUID.randomUUID(), role, "Quelqu'un");
    }

    static Person martine(String status) {
        return new Person(MARTINE, "martine.roussel@example.fr", "Martine Roussel", "REVIEWER", "RTES",
                "00558486773671", status, Instant.parse("2026-12-02T10:00:00Z"),
                Instant.parse("2027-02-14T15:30:00Z"));
    }

    static Person coordinatorHimself() {
        return new Person(COORDINATOR, "claire.morvan@example.fr", "Claire Morvan", "COORDINATOR", null, null,
                "ACTIVE", Instant.parse("2026-11-02T10:00:00Z"), null);
    }

    /** The page {@code page} (from 0) of 50 people out of {@code total}. */
    static PeoplePage pageOf(int page, long total) {
        var people = IntStream.range(0, 50).mapToObj(n -> new Person(UUID.randomUUID(),
                "personne" + (page * 50 + n) + "@example.fr", "Personne " + (page * 50 + n), "REVIEWER", "MES", null,
                "ACTIVE", Instant.parse("2026-12-02T10:00:00Z"), null)).toList();
        return new PeoplePage(people, page, 50, total);
    }

    static List<PersonEvent> history() {
        return List.of(
                new PersonEvent("ROLE_CHANGED", "Claire Morvan (coordination)", Instant.parse("2027-02-14T15:30:00Z"),
                        "NETWORK_DELEGATE → REVIEWER"),
                new PersonEvent("INVITATION_ACCEPTED", null, Instant.parse("2026-12-03T08:05:00Z"), null),
                new PersonEvent("INVITED", "Claire Morvan (coordination)", Instant.parse("2026-12-02T10:00:00Z"),
                        null));
    }
}
