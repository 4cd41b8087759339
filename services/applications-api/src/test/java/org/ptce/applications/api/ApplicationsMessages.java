package org.ptce.applications.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;

/** Messages of the applications service as the consumers' tests receive them: complete and valid. */
public final class ApplicationsMessages {

    private ApplicationsMessages() {
    }

    /**
     * A call opened now, closing in 30 days, reviewed on a two-criterion grid, with a fortnight for completions and a
     * description.
     */
    public static CallOpened callOpened(Network... networks) {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var grid = new EvaluationGrid(List.of(
                new EvaluationGrid.Criterion("TERRITORIAL_ANCHORING", "Ancrage territorial", 2, new BigDecimal("2.5")),
                new EvaluationGrid.Criterion("COOPERATION", "Coopération entre les membres", 1, new BigDecimal("2"))),
                new BigDecimal("3"));
        return new CallOpened(UUID.randomUUID(), "AMI PTCE 2027", now.plus(30, ChronoUnit.DAYS), Set.of(networks),
                grid, List.of("Statuts"), now.plus(60, ChronoUnit.DAYS), "P15D", now,
                "Appel à manifestation d'intérêt pour les pôles territoriaux de coopération économique.");
    }

    /** A candidacy to the call that meets every eligibility fact of décret 2015-431. */
    public static CandidacySubmitted candidacySubmitted(UUID callId) {
        return new CandidacySubmitted(UUID.randomUUID(), callId, UUID.randomUUID().toString(), eligibleDossier(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The same, for a PTCE of that name. */
    public static CandidacySubmitted candidacySubmitted(UUID callId, String ptceName) {
        return new CandidacySubmitted(UUID.randomUUID(), callId, UUID.randomUUID().toString(),
                eligibleDossier(ptceName), Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    public static CandidacyDossier eligibleDossier() {
        return eligibleDossier("PTCE du Val");
    }

    private static CandidacyDossier eligibleDossier(String ptceName) {
        return new CandidacyDossier(ptceName, "SCIC", true, false,
                List.of(new CandidacyDossier.Member("Coop du Val", "ESS_ENTERPRISE", null),
                        new CandidacyDossier.Member("Menuiserie Martin", "ENTERPRISE", null),
                        new CandidacyDossier.Member("Commune du Val", "LOCAL_AUTHORITY", null)),
                List.of("45284"), null, "45", "24", List.of("réemploi"), new BigDecimal("1000"), true);
    }
}
