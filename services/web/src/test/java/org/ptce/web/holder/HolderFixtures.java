package org.ptce.web.holder;


import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.web.security.SignedInAs;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Documents;
import org.ptce.web.api.EligibilityCheck;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** A holder, an open call and a draft, as the services would answer them. */
final class HolderFixtures {

    static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");
    static final UUID CANDIDACY = UUID.fromString("00000000-0000-0000-0000-0000000000cd");
    static final Instant DEADLINE = Instant.parse("2027-03-15T11:00:00Z");

    private HolderFixtures() {
    }

    static OidcLoginRequestPostProcessor holder() {
        return person("HOLDER", "Iñaki Etxeberria");
    }

    static OidcLoginRequestPostProcessor person(String role, String name) {
        return SignedInAs.person("holder-1", role, name);
    }

    static Call call() {
        return new Call(CALL, "AMI PTCE 2027", "Un appel.", DEADLINE, Set.of("RTES", "MES"),
                new Call.Grid(List.of(), BigDecimal.valueOf(3)), List.of("Statuts"), null, Duration.ofDays(10),
                "OPEN", Instant.parse("2027-01-10T09:00:00Z"));
    }

    static Candidacy candidacy(String status) {
        return new Candidacy(CANDIDACY, CALL, "holder-1", "PTCE Sud Aquitaine", "SCIC SAS", true, false,
                new Candidacy.Territory(List.of("64102"), null, "64", null),
                List.of(new Candidacy.Member("Coopérative Txirrina", "ESS_ENTERPRISE", "49154144683255")),
                List.of("circuits courts"), "Faire circuler l'eusko.", "1 200 professionnels.", null, null, status,
                Instant.parse("2027-02-01T09:00:00Z"), Instant.parse("2027-03-01T09:42:00Z"),
                "DRAFT".equals(status) ? null : Instant.parse("2027-03-01T09:45:00Z"), null,
                "COMPLETION_REQUESTED".equals(status) ? "Les statuts signés." : null,
                "COMPLETION_REQUESTED".equals(status) ? Instant.parse("2027-03-11T09:00:00Z") : null, null, null,
                null, null, null);
    }

    static List<EligibilityCheck> eligibility(boolean threeMembers) {
        return List.of(new EligibilityCheck("PRIVATE_LAW_ENTITY", "Le PTCE est une personne morale de droit privé.",
                        true),
                new EligibilityCheck("AT_LEAST_THREE_MEMBERS", "Le PTCE regroupe au moins trois personnes morales.",
                        threeMembers));
    }

    static Documents noDocuments() {
        return new Documents(List.of(), List.of("Statuts"));
    }
}
