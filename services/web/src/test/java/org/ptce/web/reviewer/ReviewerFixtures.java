package org.ptce.web.reviewer;


import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ptce.web.security.SignedInAs;
import org.ptce.web.api.ApiProblem;
import org.ptce.web.api.Assignment;
import org.ptce.web.api.Call;
import org.ptce.web.api.CallUnderReview;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Documents;
import org.ptce.web.api.Evaluation;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;

/** A reviewer of MES, a candidacy assigned to them and its call's two-criterion grid, as the services answer them. */
final class ReviewerFixtures {

    static final String REVIEWER = "reviewer-1";
    static final UUID CALL = UUID.fromString("00000000-0000-0000-0000-0000000000ca");
    static final UUID CANDIDACY = UUID.fromString("00000000-0000-0000-0000-0000000000cd");
    static final UUID DOCUMENT = UUID.fromString("00000000-0000-0000-0000-0000000000d0");
    /** 15 March 2027 at 12:00 in Paris; the pages' clock stands at 1 March. */
    static final Instant REVIEW_DEADLINE = Instant.parse("2027-03-15T11:00:00Z");

    private ReviewerFixtures() {
    }

    static OidcLoginRequestPostProcessor reviewer() {
        return person("REVIEWER");
    }

    static OidcLoginRequestPostProcessor person(String role) {
        return SignedInAs.person(REVIEWER, role, "Nadia Ferhat", "MES");
    }

    static Assignment assignment(String status) {
        return assignment(CANDIDACY, "PTCE Sud Aquitaine", status, false, null);
    }

    static Assignment assignment(UUID candidacyId, String ptceName, String status, boolean overdue,
            Instant remindedAt) {
        return new Assignment(candidacyId, CALL, ptceName, REVIEWER, "MES", Instant.parse("2027-02-20T08:00:00Z"),
                remindedAt, "AMI PTCE 2027", REVIEW_DEADLINE, status,
                "TO_DECLARE".equals(status) ? null : Instant.parse("2027-02-21T08:00:00Z"),
                List.of("DRAFT", "SUBMITTED").contains(status) ? Instant.parse("2027-02-22T08:00:00Z") : null,
                "SUBMITTED".equals(status) ? Instant.parse("2027-02-23T08:00:00Z") : null, overdue);
    }

    static Call.Grid grid() {
        return new Call.Grid(List.of(
                new Call.Criterion("TERRITORIAL_ANCHORING", "Ancrage territorial", 2, new BigDecimal("2.5")),
                new Call.Criterion("COOPERATION", "Coopération entre les membres", 1, new BigDecimal("2"))),
                new BigDecimal("3"));
    }

    static CallUnderReview call() {
        return call(REVIEW_DEADLINE);
    }

    static CallUnderReview call(Instant reviewDeadline) {
        return new CallUnderReview(CALL, "AMI PTCE 2027", Set.of("MES", "RTES"), Instant.parse("2027-01-15T11:00:00Z"),
                grid(), reviewDeadline);
    }

    static Candidacy dossier() {
        return new Candidacy(CANDIDACY, CALL, "holder-1", "PTCE Sud Aquitaine", "SCIC SAS", true, false,
                new Candidacy.Territory(List.of("64102"), null, "64", null),
                List.of(new Candidacy.Member("Coopérative Txirrina", "ESS_ENTERPRISE", "49154144683255"),
                        new Candidacy.Member("Menuiserie Etxea", "ENTERPRISE", "73282932000074"),
                        new Candidacy.Member("Commune de Bayonne", "LOCAL_AUTHORITY", "21640102800015")),
                List.of("circuits courts"), "Faire circuler l'eusko.", "1 200 professionnels.", "Nombre d'adhérents.",
                new BigDecimal("620000"), "ADMISSIBLE", Instant.parse("2027-01-20T09:00:00Z"),
                Instant.parse("2027-02-01T09:00:00Z"), Instant.parse("2027-02-01T09:00:00Z"), null, null, null, null,
                null, null, null, null);
    }

    static Documents documents() {
        return new Documents(List.of(new Documents.Document(DOCUMENT, "Statuts", "statuts.pdf", "application/pdf",
                250_000, Instant.parse("2027-01-25T10:00:00Z"))), List.of());
    }

    /**
     * An evaluation with its score sheet as the review service computes it: scores on the fixtures' grid (null: not
     * scored).
     */
    static Evaluation evaluation(String reviewerId, String network, Integer territorialAnchoring, Integer cooperation,
            String vote, Instant submittedAt) {
        var scores = new LinkedHashMap<String, Integer>();
        if (territorialAnchoring != null) {
            scores.put("TERRITORIAL_ANCHORING", territorialAnchoring);
        }
        if (cooperation != null) {
            scores.put("COOPERATION", cooperation);
        }
        return new Evaluation(CANDIDACY, reviewerId, network, scores, vote, "Un pôle bien ancré.",
                Instant.parse("2027-03-01T09:42:00Z"), submittedAt, sheet(scores));
    }

    static Evaluation draft(Integer territorialAnchoring, Integer cooperation, String vote) {
        return evaluation(REVIEWER, "MES", territorialAnchoring, cooperation, vote, null);
    }

    private static Evaluation.ScoreSheet sheet(Map<String, Integer> scores) {
        var criteria = new ArrayList<Evaluation.ScoredCriterion>();
        int weighted = 0;
        int weights = 0;
        boolean allMet = true;
        for (Call.Criterion criterion : grid().criteria()) {
            Integer score = scores.get(criterion.code());
            Boolean met = score == null ? null : BigDecimal.valueOf(score).compareTo(criterion.threshold()) >= 0;
            if (score != null) {
                weighted += score * criterion.weight();
                weights += criterion.weight();
                allMet &= met;
            }
            criteria.add(new Evaluation.ScoredCriterion(criterion.code(), criterion.label(), criterion.weight(),
                    criterion.threshold(), score, met));
        }
        BigDecimal total = weights == 0 ? null
                : BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 3, java.math.RoundingMode.HALF_UP);
        Boolean thresholdsMet = scores.size() < 2 ? null : allMet && total.compareTo(new BigDecimal("3")) >= 0;
        return new Evaluation.ScoreSheet(criteria, total, new BigDecimal("3"), scores.size(), thresholdsMet);
    }

    static ApiProblem problem(HttpStatus status, ApiProblem.FieldProblem... errors) {
        return new ApiProblem(status, status.getReasonPhrase(), null, List.of(errors), null);
    }

    static ApiProblem deadlinePassed() {
        return new ApiProblem(HttpStatus.CONFLICT, "Deadline passed", "The review deadline has passed", List.of(),
                Instant.parse("2027-02-28T11:00:00Z"));
    }
}
