package org.ptce.review.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ptce.applications.api.EvaluationGrid;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.security.ForbiddenException;
import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewCompleted;
import org.ptce.review.api.Vote;
import org.ptce.review.call.CallsUnderReview;
import org.ptce.review.call.CallsUnderReview.ReviewTerms;
import org.ptce.review.call.ReviewDeadlinePassedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' evaluations. A reviewer evaluates only a candidacy assigned to them, after declaring they have no
 * conflict of interest with it, until the review deadline, for their own network (the assignment's), once; they see
 * the others' evaluations only once theirs is submitted. When the last assigned evaluation is in, the tally goes on.
 */
@Service
public class Evaluations {

    private static final Logger log = LoggerFactory.getLogger(Evaluations.class);
    private static final TypeReference<Map<String, Integer>> SCORES = new TypeReference<>() {
    };
    private static final TypeReference<ReviewCompleted> TALLY = new TypeReference<>() {
    };
    /** An evaluation, with its candidacy's call (whose grid it is scored on). */
    private static final String EVALUATION = "select e.*, c.call_id from evaluations e"
            + " join candidacies_under_review c on c.candidacy_id = e.candidacy_id";

    private final JdbcClient jdbc;
    private final CallsUnderReview calls;
    private final MessagePublisher messages;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    Evaluations(JdbcClient jdbc, CallsUnderReview calls, MessagePublisher messages, ObjectMapper objectMapper,
            Clock clock) {
        this.jdbc = jdbc;
        this.calls = calls;
        this.messages = messages;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Transactional
    void declareImpartiality(UUID candidacyId, PlatformUser reviewer) {
        assignment(candidacyId, reviewer);
        jdbc.sql("update assignments set impartiality_declared_at = ? where candidacy_id = ? and reviewer_id = ?"
                        + " and impartiality_declared_at is null")
                .params(Timestamp.from(clock.instant()), candidacyId, reviewer.id()).update();
    }

    @Transactional
    EvaluationView write(UUID candidacyId, EvaluationDraft draft, PlatformUser reviewer) {
        Assignment assignment = assignment(candidacyId, reviewer);
        Instant now = clock.instant();
        EvaluationGrid grid = openGrid(assignment, now);
        var unknown = new ArrayList<FieldError>();
        draft.scores().keySet().stream().sorted()
                .filter(code -> grid.criteria().stream().noneMatch(criterion -> criterion.code().equals(code)))
                .forEach(code -> unknown.add(new FieldError("scores." + code,
                        "is not a criterion of the call's grid")));
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(unknown);
        }
        if (submittedAt(candidacyId, reviewer.id()) != null) {
            throw new ConflictException("Your evaluation of candidacy " + candidacyId + " is submitted: it is final");
        }
        jdbc.sql("""
                        insert into evaluations (candidacy_id, reviewer_id, network, scores, vote, comment, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (candidacy_id, reviewer_id) do update
                        set scores = excluded.scores, vote = excluded.vote, comment = excluded.comment,
                            updated_at = excluded.updated_at""")
                .params(candidacyId, reviewer.id(), assignment.network().name(), json(draft.scores()),
                        draft.vote() == null ? null : draft.vote().name(), draft.comment(), Timestamp.from(now))
                .update();
        return evaluationOf(candidacyId, reviewer);
    }

    /** Submits the reviewer's evaluation; submitting it again changes nothing. */
    @Transactional
    EvaluationView submit(UUID candidacyId, PlatformUser reviewer) {
        Assignment assignment = assignment(candidacyId, reviewer);
        // The candidacy's submissions one at a time: the last one to commit must see all the others, and send the
        // tally.
        jdbc.sql("select reviewer_id from assignments where candidacy_id = ? for update").param(candidacyId)
                .query(String.class).list();
        EvaluationView evaluation = evaluationOf(candidacyId, reviewer);
        if (evaluation.submittedAt() != null) {
            return evaluation;
        }
        Instant now = clock.instant();
        EvaluationGrid grid = openGrid(assignment, now);
        var missing = new ArrayList<FieldError>();
        grid.criteria().stream().filter(criterion -> !evaluation.scores().containsKey(criterion.code()))
                .forEach(criterion -> missing.add(new FieldError("scores." + criterion.code(), "is not scored yet")));
        if (evaluation.vote() == null) {
            missing.add(new FieldError("vote", "is not given yet"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidFieldException(missing);
        }
        jdbc.sql("update evaluations set submitted_at = ? where candidacy_id = ? and reviewer_id = ?")
                .params(Timestamp.from(now), candidacyId, reviewer.id()).update();
        completeIfAllIn(assignment.callId(), candidacyId, grid, now);
        return evaluationOf(candidacyId, reviewer);
    }

    @Transactional(readOnly = true)
    EvaluationView own(UUID candidacyId, PlatformUser reviewer) {
        assignment(candidacyId, reviewer);
        return evaluationOf(candidacyId, reviewer);
    }

    /** The reviewer's evaluation, once their assignment is checked. */
    private EvaluationView evaluationOf(UUID candidacyId, PlatformUser reviewer) {
        var grids = new HashMap<UUID, EvaluationGrid>();
        return jdbc.sql(EVALUATION + " where e.candidacy_id = ? and e.reviewer_id = ?")
                .params(candidacyId, reviewer.id()).query((row, n) -> view(row, grids)).optional()
                .orElseThrow(() -> new NotFoundException("evaluation of yours for candidacy", candidacyId));
    }

    /**
     * The submitted evaluations of a candidacy: for a coordinator; for an assigned reviewer once their own is
     * submitted, so that nobody is swayed before judging.
     */
    @Transactional(readOnly = true)
    List<EvaluationView> submitted(UUID candidacyId, PlatformUser reader) {
        if (!reader.has(Role.COORDINATOR)) {
            assignment(candidacyId, reader);
            if (submittedAt(candidacyId, reader.id()) == null) {
                throw new ForbiddenException("The other evaluations are shown once yours is submitted");
            }
        }
        var grids = new HashMap<UUID, EvaluationGrid>();
        return jdbc.sql(EVALUATION + " where e.candidacy_id = ? and e.submitted_at is not null"
                        + " order by e.network, e.submitted_at")
                .param(candidacyId).query((row, n) -> view(row, grids)).list();
    }

    /** The deliberation's ranking: the call's reviewed candidacies, best weighted total first. */
    @Transactional(readOnly = true)
    List<RankedCandidacy> ranking(UUID callId) {
        return jdbc.sql("""
                        select t.candidacy_id, c.ptce_name, t.weighted_total, t.thresholds_met, t.details
                        from tallies t join candidacies_under_review c using (candidacy_id)
                        where t.call_id = ? and c.withdrawn_at is null
                        order by t.weighted_total desc, c.ptce_name""")
                .param(callId)
                .query((row, n) -> new RankedCandidacy(row.getObject("candidacy_id", UUID.class),
                        row.getString("ptce_name"), row.getBigDecimal("weighted_total"),
                        row.getBoolean("thresholds_met"), read(row.getString("details"), TALLY)))
                .list();
    }

    /**
     * Sends the candidacy's tally when every evaluation still assigned is in, and one at least: for when an assigned
     * reviewer gave the candidacy up, and nobody took it over.
     */
    @Transactional
    public void completeIfAllIn(UUID callId, UUID candidacyId) {
        EvaluationGrid grid = calls.terms(callId).map(ReviewTerms::grid).orElse(null);
        boolean anySubmitted = jdbc.sql("select exists (select 1 from evaluations where candidacy_id = ?"
                        + " and submitted_at is not null)")
                .param(candidacyId).query(Boolean.class).single();
        if (grid != null && anySubmitted) {
            completeIfAllIn(callId, candidacyId, grid, clock.instant());
        }
    }

    private void completeIfAllIn(UUID callId, UUID candidacyId, EvaluationGrid grid, Instant now) {
        int pending = jdbc.sql("""
                        select count(*) from assignments a
                        left join evaluations e using (candidacy_id, reviewer_id)
                        where a.candidacy_id = ? and e.submitted_at is null""")
                .param(candidacyId).query(Integer.class).single();
        if (pending > 0) {
            return;
        }
        List<Tally.Counted> counted = jdbc.sql(
                        "select network, scores, vote from evaluations where candidacy_id = ?")
                .param(candidacyId)
                .query((row, n) -> new Tally.Counted(Network.valueOf(row.getString("network")),
                        scores(row.getString("scores")), Vote.valueOf(row.getString("vote"))))
                .list();
        Tally.Result tally = Tally.of(grid, counted);
        var completed = new ReviewCompleted(candidacyId, callId, tally.criteria(), tally.weightedTotal(),
                tally.totalThreshold(), tally.thresholdsMet(), tally.votes(), now);
        jdbc.sql("insert into tallies (candidacy_id, call_id, weighted_total, thresholds_met, details, completed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(candidacyId, callId, tally.weightedTotal(), tally.thresholdsMet(), json(completed),
                        Timestamp.from(now))
                .update();
        messages.publish(completed);
        log.info("Review complete: weighted total {}, thresholds {}", tally.weightedTotal(),
                tally.thresholdsMet() ? "met" : "not met");
    }

    /** The call's grid, while evaluations may still be written. */
    private EvaluationGrid openGrid(Assignment assignment, Instant now) {
        if (assignment.impartialityDeclaredAt() == null) {
            throw new ConflictException("Declare first that you have no conflict of interest with candidacy "
                    + assignment.candidacyId());
        }
        ReviewTerms terms = calls.terms(assignment.callId()).orElseThrow(() -> new IllegalStateException(
                "Call " + assignment.callId() + " of an assignment is not registered"));
        if (terms.grid() == null) {
            throw new ConflictException("Call " + assignment.callId() + " has no evaluation grid");
        }
        if (terms.reviewDeadline() != null && !now.isBefore(terms.reviewDeadline())) {
            throw new ReviewDeadlinePassedException("The review deadline has passed (" + terms.reviewDeadline()
                    + "): evaluations are frozen", terms.reviewDeadline());
        }
        return terms.grid();
    }

    /** The reviewer's assignment to the candidacy; without one, the candidacy does not exist for them. */
    private Assignment assignment(UUID candidacyId, PlatformUser reviewer) {
        return jdbc.sql("select candidacy_id, call_id, network, impartiality_declared_at from assignments"
                        + " where candidacy_id = ? and reviewer_id = ?")
                .params(candidacyId, reviewer.id())
                .query((row, n) -> new Assignment(row.getObject("candidacy_id", UUID.class),
                        row.getObject("call_id", UUID.class), Network.valueOf(row.getString("network")),
                        toInstant(row.getTimestamp("impartiality_declared_at"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("candidacy assigned to you", candidacyId));
    }

    private Instant submittedAt(UUID candidacyId, String reviewerId) {
        return jdbc.sql("select submitted_at from evaluations where candidacy_id = ? and reviewer_id = ?")
                .params(candidacyId, reviewerId).query(Timestamp.class).optional().map(Timestamp::toInstant)
                .orElse(null);
    }

    /** An evaluation with its call's grid, read once per call for a list. */
    private EvaluationView view(ResultSet row, Map<UUID, EvaluationGrid> grids) throws SQLException {
        UUID callId = row.getObject("call_id", UUID.class);
        EvaluationGrid grid = grids.computeIfAbsent(callId,
                id -> calls.terms(id).map(ReviewTerms::grid).orElse(null));
        Map<String, Integer> scores = scores(row.getString("scores"));
        return new EvaluationView(row.getObject("candidacy_id", UUID.class), row.getString("reviewer_id"),
                Network.valueOf(row.getString("network")), scores,
                row.getString("vote") == null ? null : Vote.valueOf(row.getString("vote")), row.getString("comment"),
                row.getTimestamp("updated_at").toInstant(), toInstant(row.getTimestamp("submitted_at")),
                ScoreSheet.of(grid, scores));
    }

    private Map<String, Integer> scores(String json) {
        return read(json, SCORES);
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getType().getTypeName() + " is not readable", e);
        }
    }

    private String json(Object value) {
        return objectMapper.valueToTree(value).toString();
    }

    private static Instant toInstant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Assignment(UUID candidacyId, UUID callId, Network network, Instant impartialityDeclaredAt) {
    }

    /** A reviewed candidacy in the deliberation's ranking, with its whole tally. */
    record RankedCandidacy(UUID candidacyId, String ptceName, BigDecimal weightedTotal, boolean thresholdsMet,
            ReviewCompleted tally) {
    }

    /** An evaluation, with its score sheet: each criterion's score against its threshold, the weighted total. */
    record EvaluationView(UUID candidacyId, String reviewerId, Network network, Map<String, Integer> scores,
            Vote vote, String comment, Instant updatedAt, Instant submittedAt, ScoreSheet scoreSheet) {
    }
}
