package org.ptce.web.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.ptce.web.api.Call;
import org.ptce.web.api.Pages;
import org.ptce.web.api.ReviewDeskApi;

/**
 * One row per evaluation of the call's candidacies (each assigned reviewer's, withdrawn candidacies left out), by
 * candidacy, network and reviewer: where it stands and, once submitted, each criterion's score, the weighted total,
 * the vote and the comment. A page of evaluations costs one request to the review service, which names the
 * reviewers.
 */
final class EvaluationExport implements Export {

    static final int PAGE_SIZE = 500;

    private final Words words;
    private final List<Call.Criterion> criteria;
    private final Pages<ReviewDeskApi.CallEvaluation> pages;

    EvaluationExport(Call call, ReviewDeskApi review, Words words) {
        this.words = words;
        this.criteria = call.evaluationGrid() == null || call.evaluationGrid().criteria() == null ? List.of()
                : call.evaluationGrid().criteria();
        this.pages = new Pages<>(number -> {
            ReviewDeskApi.CallEvaluationPage page = review.evaluationsOfCall(call.id(), number, PAGE_SIZE);
            return new Pages.Page<>(page.items(), page.totalItems());
        }, PAGE_SIZE);
    }

    @Override
    public String name() {
        return "evaluations";
    }

    @Override
    public String sheetName() {
        return "Évaluations";
    }

    @Override
    public List<String> columns() {
        var columns = new ArrayList<>(List.of("Identifiant de la candidature", "PTCE", "Réseau", "Évaluateur·rice",
                "Identifiant de l'évaluateur·rice", "Statut de l'évaluation", "Affectée le"));
        criteria.forEach(criterion -> columns.add("Note : " + criterion.label()));
        columns.addAll(List.of("Total pondéré", "Seuils atteints", "Vote", "Commentaire", "Soumise le"));
        return columns;
    }

    @Override
    public void writeRows(Sheet sheet) throws IOException {
        pages.forEach(evaluations -> {
            for (ReviewDeskApi.CallEvaluation evaluation : evaluations) {
                sheet.row(row(evaluation));
            }
        });
    }

    private List<Object> row(ReviewDeskApi.CallEvaluation evaluation) {
        var cells = new ArrayList<Object>();
        cells.add(evaluation.candidacyId() == null ? null : evaluation.candidacyId().toString());
        cells.add(evaluation.ptceName());
        cells.add(words.network(evaluation.network()));
        cells.add(evaluation.reviewerName() == null ? evaluation.reviewerId() : evaluation.reviewerName());
        cells.add(evaluation.reviewerId());
        cells.add(words.evaluationStatus(evaluation.status()));
        cells.add(evaluation.assignedAt());
        criteria.forEach(criterion -> cells.add(evaluation.scores().get(criterion.code())));
        cells.add(evaluation.weightedTotal());
        cells.add(evaluation.thresholdsMet());
        cells.add(words.vote(evaluation.vote()));
        cells.add(evaluation.comment());
        cells.add(evaluation.submittedAt());
        return cells;
    }
}
