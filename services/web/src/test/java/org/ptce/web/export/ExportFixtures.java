package org.ptce.web.export;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.ReviewDeskApi;
import org.ptce.web.security.SignedInAs;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** A coordinator, a call reviewed by RTES and MES on two criteria, and its candidacies as the services give them. */
final class ExportFixtures {

    static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");
    static final Instant SUBMITTED = Instant.parse("2027-02-10T09:30:00Z");

    private ExportFixtures() {
    }

    static OidcLoginRequestPostProcessor coordinator() {
        return signedIn("COORDINATOR");
    }

    static OidcLoginRequestPostProcessor signedIn(String role) {
        return SignedInAs.person(UUID.randomUUID().toString(), role, "Claire Morvan");
    }

    static Call call() {
        return new Call(CALL, "AMI PTCE 2027 — Économie circulaire", "Un appel.",
                Instant.parse("2027-02-15T11:00:00Z"), Set.of("MES", "RTES"),
                new Call.Grid(List.of(
                        new Call.Criterion("TERRITORIAL_ANCHORING", "Ancrage territorial", 2, new BigDecimal("2.5")),
                        new Call.Criterion("COOPERATION", "Coopération entre les membres", 1, new BigDecimal("2"))),
                        new BigDecimal("3")),
                List.of("Statuts"), Instant.parse("2027-03-31T10:00:00Z"), Duration.ofDays(15), "CLOSED",
                Instant.parse("2027-01-10T09:00:00Z"));
    }

    /** A candidacy placed among the laureates, its dossier complete. */
    static Candidacy laureate(UUID id, String name) {
        return new Candidacy(id, CALL, "holder-" + id, name, "SCIC", true, false,
                new Candidacy.Territory(List.of("64102", "64024"), "246400337", "64", "75"),
                List.of(new Candidacy.Member("Coopérative Txirrina", "ESS_ENTERPRISE", "73282932000074"),
                        new Candidacy.Member("Menuiserie Etxeberria", "ENTERPRISE", "44306184100047"),
                        new Candidacy.Member("Communauté d'agglomération", "LOCAL_AUTHORITY", null)),
                List.of("économie circulaire", "monnaie locale"), "Mutualiser achats et savoir-faire",
                "Créer 30 emplois en trois ans", "Emplois créés", new BigDecimal("450000.00"), "LAUREATE",
                SUBMITTED.minusSeconds(86_400), SUBMITTED, SUBMITTED, null, null, null, null, null,
                Instant.parse("2027-02-16T08:00:00Z"), "Un projet solide et bien ancré.",
                Instant.parse("2027-04-20T12:30:00Z"));
    }

    /** A candidacy still waiting for its admissibility check: no tally, no outcome. */
    static Candidacy submitted(UUID id, String name, String objectives) {
        return new Candidacy(id, CALL, "holder-" + id, name, null, false, null, null, List.of(), List.of(), null,
                objectives, null, null, "SUBMITTED", SUBMITTED, SUBMITTED, SUBMITTED.plusSeconds(60), null, null,
                null, null, null, null, null, null);
    }

    static ApplicationsApi.CandidacyPage page(int number, long total, List<Candidacy> items) {
        return new ApplicationsApi.CandidacyPage(items, number, CandidacyExport.PAGE_SIZE, total);
    }

    /** Means 3 and 4: weighted total 3.333; RTES favourable, MES reserved. */
    static ReviewDeskApi.RankedCandidacy tally(UUID id, String name) {
        return new ReviewDeskApi.RankedCandidacy(id, name, new BigDecimal("3.333"), true,
                new ReviewDeskApi.Tally(List.of(
                        new ReviewDeskApi.CriterionResult("TERRITORIAL_ANCHORING", 2, new BigDecimal("3.000"),
                                new BigDecimal("2.5"), true),
                        new ReviewDeskApi.CriterionResult("COOPERATION", 1, new BigDecimal("4.000"),
                                new BigDecimal("2"), true)),
                        new BigDecimal("3.333"), new BigDecimal("3"), true,
                        List.of(new ReviewDeskApi.NetworkVote("MES", "RESERVED", 1),
                                new ReviewDeskApi.NetworkVote("RTES", "FAVOURABLE", 1))));
    }

    static ReviewDeskApi.CallEvaluation submittedEvaluation(UUID candidacyId, String network, String reviewerName,
            String comment) {
        return new ReviewDeskApi.CallEvaluation(candidacyId, "PTCE Sud Aquitaine", "reviewer-" + network,
                reviewerName, network, "SUBMITTED", Instant.parse("2027-02-20T08:00:00Z"),
                Map.of("TERRITORIAL_ANCHORING", 4, "COOPERATION", 3), new BigDecimal("3.667"), true, "FAVOURABLE",
                comment, Instant.parse("2027-03-20T10:00:00Z"));
    }

    static ReviewDeskApi.CallEvaluation pendingEvaluation(UUID candidacyId, String network) {
        return new ReviewDeskApi.CallEvaluation(candidacyId, "PTCE Sud Aquitaine", "reviewer-" + network, null,
                network, "TO_DECLARE", Instant.parse("2027-02-20T08:00:00Z"), Map.of(), null, null, null, null,
                null);
    }

    static ReviewDeskApi.CallEvaluationPage evaluations(int number, long total,
            List<ReviewDeskApi.CallEvaluation> items) {
        return new ReviewDeskApi.CallEvaluationPage(items, number, EvaluationExport.PAGE_SIZE, total);
    }
}
