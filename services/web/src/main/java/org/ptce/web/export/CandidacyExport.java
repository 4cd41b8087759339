package org.ptce.web.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ptce.web.api.ApplicationsApi;
import org.ptce.web.api.Call;
import org.ptce.web.api.Candidacy;
import org.ptce.web.api.Pages;
import org.ptce.web.api.ReviewDeskApi;

/**
 * One row per submitted candidacy of the call, in the order of submission: the dossier as the committee weighs it,
 * the admissibility check, the tally (weighted total, mean per criterion, votes per network) and the outcome. Each
 * page of candidacies costs two requests, one to the applications service and one for their tallies.
 */
final class CandidacyExport implements Export {

    static final int PAGE_SIZE = 500;

    private final Call call;
    private final ReviewDeskApi review;
    private final Words words;
    private final List<Call.Criterion> criteria;
    private final List<String> networks;
    private final Pages<Candidacy> pages;

    CandidacyExport(Call call, ApplicationsApi applications, ReviewDeskApi review, Words words) {
        this.call = call;
        this.review = review;
        this.words = words;
        this.criteria = call.evaluationGrid() == null || call.evaluationGrid().criteria() == null ? List.of()
                : call.evaluationGrid().criteria();
        this.networks = Words.inCommitteeOrder(call.participatingNetworks());
        this.pages = new Pages<>(number -> {
            ApplicationsApi.CandidacyPage page = applications.candidaciesOfCall(call.id(), number, PAGE_SIZE);
            return new Pages.Page<>(page.items(), page.totalItems());
        }, PAGE_SIZE);
    }

    @Override
    public String name() {
        return "candidatures";
    }

    @Override
    public String sheetName() {
        return "Candidatures";
    }

    @Override
    public List<String> columns() {
        var columns = new ArrayList<>(List.of("Identifiant de la candidature", "PTCE", "Forme juridique",
                "Personne morale de droit privé", "Déjà soutenu par l'État", "Communes (codes INSEE)",
                "EPCI (SIREN)", "Département", "Région", "Nombre de membres", "Membres (nature, SIRET)", "Thèmes",
                "Stratégie de coopération", "Objectifs", "Indicateurs", "Budget (euros)", "Déposée le", "Statut",
                "Recevabilité", "Compléments demandés", "Motivation de la recevabilité",
                "Recevabilité décidée le", "Total pondéré", "Seuils atteints"));
        criteria.forEach(criterion -> columns.add("Moyenne : " + criterion.label()));
        networks.forEach(network -> columns.add("Votes " + words.network(network)));
        columns.addAll(List.of("Issue", "Motivation de l'issue", "Issue décidée le"));
        return columns;
    }

    @Override
    public void writeRows(Sheet sheet) throws IOException {
        pages.forEach(candidacies -> {
            Map<UUID, ReviewDeskApi.RankedCandidacy> tallies = tallies(candidacies);
            for (Candidacy candidacy : candidacies) {
                sheet.row(row(candidacy, tallies.get(candidacy.id())));
            }
        });
    }

    private Map<UUID, ReviewDeskApi.RankedCandidacy> tallies(List<Candidacy> candidacies) {
        var tallies = new HashMap<UUID, ReviewDeskApi.RankedCandidacy>();
        if (!candidacies.isEmpty()) {
            review.tallies(call.id(), candidacies.stream().map(Candidacy::id).toList())
                    .forEach(tally -> tallies.put(tally.candidacyId(), tally));
        }
        return tallies;
    }

    private List<Object> row(Candidacy candidacy, ReviewDeskApi.RankedCandidacy ranked) {
        var territory = candidacy.territory();
        var cells = new ArrayList<Object>(List.of(candidacy.id().toString()));
        cells.add(candidacy.ptceName());
        cells.add(candidacy.legalForm());
        cells.add(candidacy.privateLawEntity());
        cells.add(candidacy.alreadySupportedByState());
        cells.add(territory == null ? null : String.join(", ", territory.communes()));
        cells.add(territory == null ? null : territory.epci());
        cells.add(territory == null ? null : territory.departement());
        cells.add(territory == null ? null : territory.region());
        cells.add(candidacy.members().size());
        cells.add(candidacy.members().stream().map(this::member).collect(Collectors.joining(" ; ")));
        cells.add(String.join(", ", candidacy.themes()));
        cells.add(candidacy.cooperationStrategy());
        cells.add(candidacy.objectives());
        cells.add(candidacy.indicators());
        cells.add(candidacy.budgetEuros());
        cells.add(candidacy.submittedAt());
        cells.add(words.status(candidacy.status()));
        cells.add(admissibility(candidacy));
        cells.add(candidacy.completionRequest());
        cells.add(candidacy.admissibilityMotivation());
        cells.add(candidacy.admissibilityDecidedAt());
        ReviewDeskApi.Tally tally = ranked == null ? null : ranked.tally();
        cells.add(ranked == null ? null : ranked.weightedTotal());
        cells.add(ranked == null ? null : ranked.thresholdsMet());
        for (Call.Criterion criterion : criteria) {
            cells.add(tally == null ? null : tally.criteria().stream()
                    .filter(result -> criterion.code().equals(result.code())).findFirst()
                    .map(ReviewDeskApi.CriterionResult::mean).orElse(null));
        }
        for (String network : networks) {
            cells.add(tally == null ? null : votes(tally, network));
        }
        boolean decided = isOutcome(candidacy.status());
        cells.add(decided ? words.status(candidacy.status()) : null);
        cells.add(decided ? candidacy.outcomeMotivation() : null);
        cells.add(decided ? candidacy.decidedAt() : null);
        return cells;
    }

    /** « Coop du Val (Entreprise de l'ESS, SIRET 73282932000074) ». */
    private String member(Candidacy.Member member) {
        String kind = words.memberKind(member.kind());
        String siret = member.siret() == null || member.siret().isBlank() ? null : "SIRET " + member.siret();
        String details = kind == null ? siret : siret == null ? kind : kind + ", " + siret;
        return details == null ? member.name() : member.name() + " (" + details + ")";
    }

    /** Where the admissibility check stands, as the coordinator decided it. */
    private static String admissibility(Candidacy candidacy) {
        String status = candidacy.status();
        if ("INADMISSIBLE".equals(status)) {
            return "Irrecevable";
        }
        if (candidacy.admissibilityDecidedAt() != null || isOutcome(status)) {
            return "Recevable";
        }
        return switch (status == null ? "" : status) {
            case "COMPLETION_REQUESTED" -> "Compléments demandés";
            case "SUBMITTED" -> candidacy.completedAt() == null ? "À vérifier" : "À vérifier (complétée)";
            case "WITHDRAWN" -> "Retirée avant la décision";
            default -> null;
        };
    }

    /** « Favorable », or « Favorable (2), Réservé (1) » when the network has several reviewers. */
    private String votes(ReviewDeskApi.Tally tally, String network) {
        var votes = tally.votes().stream().filter(vote -> network.equals(vote.network())).toList();
        if (votes.isEmpty()) {
            return null;
        }
        if (votes.size() == 1 && votes.get(0).count() == 1) {
            return words.vote(votes.get(0).vote());
        }
        return votes.stream().map(vote -> words.vote(vote.vote()) + " (" + vote.count() + ")")
                .collect(Collectors.joining(", "));
    }

    private static boolean isOutcome(String status) {
        return "LAUREATE".equals(status) || "RESERVE".equals(status) || "NOT_SELECTED".equals(status);
    }
}
