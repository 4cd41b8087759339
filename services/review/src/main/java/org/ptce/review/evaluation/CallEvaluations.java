package org.ptce.review.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.applications.api.EvaluationGrid;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.review.api.Vote;
import org.ptce.review.call.CallsUnderReview;
import org.ptce.review.call.CallsUnderReview.ReviewTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's review as the coordinators export it for the committee's meetings: every assignment with where its
 * evaluation stands, a page at a time, and the tallies of a batch of candidacies. Each costs a bounded number of
 * queries, whatever the call's size.
 */
@Component
class CallEvaluations {

    static final int DEFAULT_SIZE = 100;
    static final int LARGEST_SIZE = 500;
    /** The most candidacies whose tallies one request asks for. */
    static final int LARGEST_BATCH = 500;

    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<ReviewCompleted> TALLY = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final CallsUnderReview calls;
    private final ObjectMapper objectMapper;

    CallEvaluations(JdbcClient jdbc, CallsUnderReview calls, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.objectMapper = objectMapper;
    }

    /**
     * The assignments of the call's candidacies not withdrawn, by candidacy in the order they reached the committee,
     * then by network and reviewer. An evaluation's scores, vote and comment are given once it is submitted: a draft
     * may still change, and nobody but its reviewer reads it.
     */
    @Transactional(readOnly = true)
    EvaluationPage page(UUID callId, int page, int size) {
        ReviewTerms terms = calls.terms(callId).orElseThrow(() -> new NotFoundException("call under review",
                callId));
        long total = jdbc.sql("""
                        select count(*) from assignments a
                        join candidacies_under_review c on c.candidacy_id = a.candidacy_id
                        where a.call_id = ? and c.withdrawn_at is null""")
                .param(callId).query(Long.class).single();
        List<CallEvaluation> items = jdbc.sql("""
                        select a.candidacy_id, c.ptce_name, a.reviewer_id, m.display_name as reviewer_name, a.network,
                               a.assigned_at, a.impartiality_declared_at, e.scores, e.vote, e.comment,
                               e.updated_at, e.submitted_at
                        from assignments a
                        join candidacies_under_review c on c.candidacy_id = a.candidacy_id
                        left join committee_members m on m.person_id = a.reviewer_id
                        left join evaluations e on e.candidacy_id = a.candidacy_id and e.reviewer_id = a.reviewer_id
                        where a.call_id = :callId and c.withdrawn_at is null
                        order by c.registered_at, a.candidacy_id, a.network, a.reviewer_id
                        limit :size offset :offset""")
                .param("callId", callId).param("size", size).param("offset", (long) page * size)
                .query((row, n) -> evaluation(row, terms.grid()))
                .list();
        return new EvaluationPage(items, page, size, total);
    }

    /** The tallies of those of these candidacies of the call that have one, in the order asked. */
    @Transactional(readOnly = true)
    List<Evaluations.RankedCandidacy> tallies(UUID callId, List<UUID> candidacyIds) {
        if (candidacyIds.isEmpty()) {
            return List.of();
        }
        var found = new HashMap<UUID, Evaluations.RankedCandidacy>();
        jdbc.sql("""
                        select t.candidacy_id, c.ptce_name, t.weighted_total, t.thresholds_met, t.details
                        from tallies t join candidacies_under_review c using (candidacy_id)
                        where t.call_id = :callId and t.candidacy_id in (:ids)""")
                .param("callId", callId).param("ids", candidacyIds)
                .query(row -> {
                    UUID id = row.getObject("candidacy_id", UUID.class);
                    found.put(id, new Evaluations.RankedCandidacy(id, row.getString("ptce_name"),
                            row.getBigDecimal("weighted_total"), row.getBoolean("thresholds_met"),
                            read(row.getString("details"), TALLY)));
                });
        return candidacyIds.stream().distinct().filter(found::containsKey).map(found::get).toList();
    }

    private CallEvaluation evaluation(ResultSet row, EvaluationGrid grid) throws SQLException {
        Instant declared = instant(row.getTimestamp("impartiality_declared_at"));
        Instant updated = instant(row.getTimestamp("updated_at"));
        Instant submitted = instant(row.getTimestamp("submitted_at"));
        EvaluationStatus status = submitted != null ? EvaluationStatus.SUBMITTED
                : updated != null ? EvaluationStatus.DRAFT
                : declared != null ? EvaluationStatus.TO_EVALUATE
                : EvaluationStatus.TO_DECLARE;
        Map<String, Integer> scores = submitted == null ? Map.of() : read(row.getString("scores"), SCORES);
        ScoreSheet sheet = submitted == null ? null : ScoreSheet.of(grid, scores);
        return new CallEvaluation(row.getObject("candidacy_id", UUID.class), row.getString("ptce_name"),
                row.getString("reviewer_id"), row.getString("reviewer_name"),
                Network.valueOf(row.getString("network")), status, row.getTimestamp("assigned_at").toInstant(),
                scores, sheet == null ? null : sheet.weightedTotal(), sheet == null ? null : sheet.thresholdsMet(),
                submitted == null || row.getString("vote") == null ? null : Vote.valueOf(row.getString("vote")),
                submitted == null ? null : row.getString("comment"), submitted);
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getType().getTypeName() + " is not readable", e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Where an assigned reviewer stands, as their assignments say it. */
    enum EvaluationStatus {
        /** Impartiality (no conflict of interest) not declared yet. */
        TO_DECLARE,
        /** Impartiality declared, nothing written yet. */
        TO_EVALUATE,
        /** An evaluation written, not submitted. */
        DRAFT,
        /** Submitted: final. */
        SUBMITTED
    }

    /**
     * An assigned reviewer's evaluation of a candidacy of the call; the scores (criterion code to 0–5), their
     * weighted total, whether it meets the grid, the vote and the comment only once submitted.
     *
     * @param reviewerName {@code null} for a reviewer the committee never heard the name of
     */
    record CallEvaluation(UUID candidacyId, String ptceName, String reviewerId, String reviewerName, Network network,
            EvaluationStatus status, Instant assignedAt, Map<String, Integer> scores, BigDecimal weightedTotal,
            Boolean thresholdsMet, Vote vote, String comment, Instant submittedAt) {
    }

    /** One page of a call's evaluations; {@code page} counts from 0. */
    record EvaluationPage(List<CallEvaluation> items, int page, int size, long totalItems) {
    }
}
