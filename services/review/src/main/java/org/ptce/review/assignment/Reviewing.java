package org.ptce.review.assignment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.platform.security.PlatformUser;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.ptce.review.call.CallsUnderReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reviewers and coordinators do and see around the assignments. A reviewer sees only the candidacies of calls
 * their network reviews, by name and members, to declare their conflicts; and only their own assignments.
 */
@Service
class Reviewing {

    private final CandidaciesUnderReview candidacies;
    private final CallsUnderReview calls;
    private final ReviewerAssignment assignment;
    private final AssignmentViews views;
    private final JdbcClient jdbc;
    private final Clock clock;

    Reviewing(CandidaciesUnderReview candidacies, CallsUnderReview calls, ReviewerAssignment assignment,
            AssignmentViews views, JdbcClient jdbc, Clock clock) {
        this.candidacies = candidacies;
        this.calls = calls;
        this.assignment = assignment;
        this.views = views;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CandidacySummary> candidaciesOfCall(UUID callId, PlatformUser reader) {
        requireReviewedBy(callId, reader);
        List<UUID> conflicts = jdbc.sql("select candidacy_id from conflicts_of_interest where reviewer_id = ?")
                .param(reader.id()).query(UUID.class).list();
        return candidacies.findByCallIdAndWithdrawnAtIsNullOrderByRegisteredAt(callId).stream()
                .map(candidacy -> new CandidacySummary(candidacy.candidacyId(), candidacy.ptceName(),
                        candidacy.memberNames(), conflicts.contains(candidacy.candidacyId())))
                .toList();
    }

    /**
     * Declares a conflict of interest with a candidacy: the reviewer will not be assigned it; if they are already, and
     * have not submitted their evaluation, they give it up to another reviewer of their network. Declaring it again
     * changes nothing.
     */
    @Transactional
    void declareConflict(UUID candidacyId, String reason, PlatformUser reviewer) {
        CandidacyUnderReview candidacy = candidacies.lockById(candidacyId)
                .orElseThrow(() -> new NotFoundException("candidacy under review", candidacyId));
        requireReviewedBy(candidacy.callId(), reviewer);
        boolean assigned = isAssigned(candidacyId, reviewer.id());
        if (assigned) {
            // Takes turns with the candidacy's submissions, which hold these rows: a submit in flight is seen.
            jdbc.sql("select reviewer_id from assignments where candidacy_id = ? for update").param(candidacyId)
                    .query(String.class).list();
            if (hasSubmitted(candidacyId, reviewer.id())) {
                throw new ConflictException("Your evaluation of candidacy " + candidacyId
                        + " is submitted: ask the coordinator to set it aside");
            }
            assignment.requireReviewOpen(candidacy);
        }
        jdbc.sql("insert into conflicts_of_interest (candidacy_id, reviewer_id, reason, declared_at)"
                        + " values (?, ?, ?, ?) on conflict do nothing")
                .params(candidacyId, reviewer.id(), reason.strip(), Timestamp.from(clock.instant())).update();
        if (assigned) {
            assignment.release(candidacy, reviewer.id());
        }
    }

    @Transactional(readOnly = true)
    List<AssignmentView> assignmentsOf(PlatformUser reviewer) {
        return views.of(reviewer.id());
    }

    /** The reviewer's assignment of the candidacy; without one, the candidacy does not exist for them. */
    @Transactional(readOnly = true)
    AssignmentView assignmentOf(UUID candidacyId, PlatformUser reviewer) {
        return views.one(candidacyId, reviewer.id())
                .orElseThrow(() -> new NotFoundException("candidacy assigned to you", candidacyId));
    }

    @Transactional(readOnly = true)
    List<AssignmentView> assignmentsOfCandidacy(UUID candidacyId) {
        candidacies.findById(candidacyId)
                .orElseThrow(() -> new NotFoundException("candidacy under review", candidacyId));
        return views.ofCandidacy(candidacyId);
    }

    /** The call's candidacies under review, not reviewed yet, that a participating network has no reviewer for. */
    @Transactional(readOnly = true)
    List<UncoveredCandidacy> uncovered(UUID callId) {
        Set<Network> participating = calls.participatingNetworks(callId)
                .orElseThrow(() -> new NotFoundException("call under review", callId));
        return jdbc.sql("""
                        select r.candidacy_id, c.ptce_name,
                               array(select a.network from assignments a where a.candidacy_id = r.candidacy_id)
                                   as covered
                        from review_requests r join candidacies_under_review c using (candidacy_id)
                        where r.call_id = ? and c.withdrawn_at is null
                          and not exists (select 1 from tallies t where t.candidacy_id = r.candidacy_id)
                        order by c.ptce_name, r.candidacy_id""")
                .param(callId)
                .query((row, n) -> {
                    var missing = EnumSet.noneOf(Network.class);
                    missing.addAll(participating);
                    for (String covered : (String[]) row.getArray("covered").getArray()) {
                        missing.remove(Network.valueOf(covered));
                    }
                    return new UncoveredCandidacy(row.getObject("candidacy_id", UUID.class),
                            row.getString("ptce_name"), missing);
                })
                .list().stream()
                .filter(candidacy -> !candidacy.networksWithoutReviewer().isEmpty())
                .toList();
    }

    private boolean hasSubmitted(UUID candidacyId, String reviewerId) {
        return jdbc.sql("select exists (select 1 from evaluations where candidacy_id = ? and reviewer_id = ?"
                        + " and submitted_at is not null)")
                .params(candidacyId, reviewerId).query(Boolean.class).single();
    }

    private boolean isAssigned(UUID candidacyId, String reviewerId) {
        return jdbc.sql("select exists (select 1 from assignments where candidacy_id = ? and reviewer_id = ?)")
                .params(candidacyId, reviewerId).query(Boolean.class).single();
    }

    /** A call exists for a reader only if they coordinate, or their network reviews it. */
    private void requireReviewedBy(UUID callId, PlatformUser reader) {
        boolean reviewed = calls.participatingNetworks(callId)
                .filter(networks -> reader.has(Role.COORDINATOR) || networks.contains(reader.network()))
                .isPresent();
        if (!reviewed) {
            throw new NotFoundException("call under review", callId);
        }
    }

    /** A candidacy as a reviewer sees it before deciding whether they can judge it. */
    record CandidacySummary(UUID candidacyId, String ptceName, List<String> memberNames, boolean conflictDeclared) {
    }

    /** A candidacy under review and the participating networks that have no reviewer for it. */
    record UncoveredCandidacy(UUID candidacyId, String ptceName, Set<Network> networksWithoutReviewer) {
    }

    /**
     * An assignment: whose, since when, when its reviewer was last reminded that their evaluation is late; its call
     * and review deadline; where its evaluation stands, and whether it is overdue (reminded, or past the review
     * deadline, and not submitted).
     */
    record AssignmentView(UUID candidacyId, UUID callId, String ptceName, String reviewerId, Network network,
            Instant assignedAt, Instant remindedAt, String callTitle, Instant reviewDeadline, AssignmentStatus status,
            Instant impartialityDeclaredAt, Instant evaluationUpdatedAt, Instant submittedAt, boolean overdue) {
    }

    /** Where a reviewer stands with an assigned candidacy. */
    enum AssignmentStatus {
        /** Impartiality (no conflict of interest) not declared yet: the evaluation cannot start. */
        TO_DECLARE,
        /** Impartiality declared, nothing written yet. */
        TO_EVALUATE,
        /** An evaluation written, not submitted. */
        DRAFT,
        /** The evaluation submitted: final. */
        SUBMITTED
    }
}
