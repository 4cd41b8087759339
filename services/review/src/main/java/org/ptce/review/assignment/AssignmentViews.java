package org.ptce.review.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ptce.review.api.Network;
import org.ptce.review.assignment.Reviewing.AssignmentStatus;
import org.ptce.review.assignment.Reviewing.AssignmentView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assignments as the API shows them, each read with its call's title and review deadline and where its evaluation
 * stands, in one query for a whole list.
 */
@Component
class AssignmentViews {

    private static final String SELECT = """
            select a.candidacy_id, a.call_id, c.ptce_name, a.reviewer_id, a.network, a.assigned_at, a.reminded_at,
                   a.impartiality_declared_at, k.title as call_title, k.review_deadline,
                   e.updated_at as evaluation_updated_at, e.submitted_at,
                   e.submitted_at is null
                       and (a.reminded_at is not null or coalesce(k.review_deadline <= :now, false)) as overdue
            from assignments a
            join candidacies_under_review c on c.candidacy_id = a.candidacy_id
            left join calls_under_review k on k.call_id = a.call_id
            left join evaluations e on e.candidacy_id = a.candidacy_id and e.reviewer_id = a.reviewer_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    AssignmentViews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The reviewer's assignments of candidacies not withdrawn: the overdue first (reminded, or past the review
     * deadline, and not submitted), then those still to do by review deadline, the submitted last.
     */
    List<AssignmentView> of(String reviewerId) {
        return jdbc.sql(SELECT + """
                        where a.reviewer_id = :reviewer and c.withdrawn_at is null
                        order by overdue desc, e.submitted_at is not null, k.review_deadline nulls last,
                                 a.assigned_at, a.candidacy_id""")
                .param("now", Timestamp.from(clock.instant())).param("reviewer", reviewerId)
                .query(this::view).list();
    }

    /** The reviewer's assignment of the candidacy, withdrawn or not. */
    Optional<AssignmentView> one(UUID candidacyId, String reviewerId) {
        return jdbc.sql(SELECT + " where a.candidacy_id = :candidacy and a.reviewer_id = :reviewer")
                .param("now", Timestamp.from(clock.instant())).param("candidacy", candidacyId)
                .param("reviewer", reviewerId)
                .query(this::view).optional();
    }

    /** Who reviews the candidacy, by network. */
    List<AssignmentView> ofCandidacy(UUID candidacyId) {
        return jdbc.sql(SELECT + " where a.candidacy_id = :candidacy order by a.network, a.reviewer_id")
                .param("now", Timestamp.from(clock.instant())).param("candidacy", candidacyId)
                .query(this::view).list();
    }

    private AssignmentView view(ResultSet row, int n) throws SQLException {
        Instant declared = instant(row.getTimestamp("impartiality_declared_at"));
        Instant updated = instant(row.getTimestamp("evaluation_updated_at"));
        Instant submitted = instant(row.getTimestamp("submitted_at"));
        AssignmentStatus status = submitted != null ? AssignmentStatus.SUBMITTED
                : updated != null ? AssignmentStatus.DRAFT
                : declared != null ? AssignmentStatus.TO_EVALUATE
                : AssignmentStatus.TO_DECLARE;
        return new AssignmentView(row.getObject("candidacy_id", UUID.class), row.getObject("call_id", UUID.class),
                row.getString("ptce_name"), row.getString("reviewer_id"), Network.valueOf(row.getString("network")),
                row.getTimestamp("assigned_at").toInstant(), instant(row.getTimestamp("reminded_at")),
                row.getString("call_title"), instant(row.getTimestamp("review_deadline")), status, declared, updated,
                submitted, row.getBoolean("overdue"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
