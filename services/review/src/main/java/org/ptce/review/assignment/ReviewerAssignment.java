package org.ptce.review.assignment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.ptce.platform.actor.CurrentActor;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.FieldError;
import org.ptce.platform.web.InvalidFieldException;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewerReplaced;
import org.ptce.review.api.ReviewersAssigned;
import org.ptce.review.assignment.Reviewing.AssignmentView;
import org.ptce.review.call.CallsUnderReview;
import org.ptce.review.call.CallsUnderReview.ReviewTerms;
import org.ptce.review.call.ReviewDeadlinePassedException;
import org.ptce.review.committee.CommitteeMember;
import org.ptce.review.committee.CommitteeMembers;
import org.ptce.review.evaluation.Evaluations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns an admissible candidacy one reviewer of each participating network: one who declared no conflict with it
 * and works for none of its members, the least loaded of the call's reviewers of that network.
 */
@Service
class ReviewerAssignment {

    private static final Logger log = LoggerFactory.getLogger(ReviewerAssignment.class);

    private final CandidaciesUnderReview candidacies;
    private final CallsUnderReview calls;
    private final CommitteeMembers members;
    private final JdbcClient jdbc;
    private final MessagePublisher messages;
    private final Evaluations evaluations;
    private final AssignmentViews views;
    private final CurrentActor actor;
    private final EarlyReviewRequests earlyRequests;
    private final Clock clock;

    ReviewerAssignment(CandidaciesUnderReview candidacies, CallsUnderReview calls, CommitteeMembers members,
            JdbcClient jdbc, MessagePublisher messages, Evaluations evaluations, AssignmentViews views,
            CurrentActor actor, EarlyReviewRequests earlyRequests, Clock clock) {
        this.candidacies = candidacies;
        this.calls = calls;
        this.members = members;
        this.jdbc = jdbc;
        this.messages = messages;
        this.evaluations = evaluations;
        this.views = views;
        this.actor = actor;
        this.earlyRequests = earlyRequests;
        this.clock = clock;
    }

    @Transactional
    void assign(UUID candidacyId, UUID callId) {
        // The call and the candidacy travel on other topics than the request, and a consumer catching up after a
        // restart may read the request first. Retrying it would hold back every topic of the consumer, the one that
        // brings the candidacy too: the request waits in its table instead, answered when both are known.
        Optional<Set<Network>> participating = calls.participatingNetworks(callId);
        Optional<CandidacyUnderReview> registered = participating.isPresent() ? candidacies.lockById(candidacyId)
                : Optional.empty();
        if (registered.isEmpty()) {
            earlyRequests.keep(candidacyId, callId, clock.instant());
            log.info("Reviewers requested before the {} was read: the request waits for it",
                    participating.isEmpty() ? "call" : "candidacy");
            return;
        }
        Set<Network> networks = participating.get();
        CandidacyUnderReview candidacy = registered.get();
        if (candidacy.withdrawnAt() != null || requested(candidacyId)) {
            log.info("No assignment: the candidacy is {}", candidacy.withdrawnAt() != null ? "withdrawn"
                    : "assigned already");
            return;
        }
        Set<String> excluded = excludedFrom(candidacyId);
        Map<String, Integer> load = loadInCall(callId);
        Instant now = clock.instant();
        jdbc.sql("insert into review_requests (candidacy_id, call_id, requested_at) values (?, ?, ?)")
                .params(candidacyId, callId, Timestamp.from(now)).update();
        var assigned = new ArrayList<ReviewersAssigned.Reviewer>();
        var uncovered = EnumSet.noneOf(Network.class);
        for (Network network : new TreeSet<>(networks)) {
            var chosen = freeReviewer(network, candidacy, excluded, load);
            if (chosen.isEmpty()) {
                uncovered.add(network);
                continue;
            }
            insert(candidacy, chosen.get(), network, now);
            assigned.add(new ReviewersAssigned.Reviewer(chosen.get(), network));
        }
        messages.publish(new ReviewersAssigned(candidacyId, callId, List.copyOf(assigned), uncovered, now));
        log.info("Assigned {} reviewer(s); networks without a free reviewer: {}", assigned.size(), uncovered);
    }

    /** Answers the request for the candidacy's reviewers that came before it, if one did. */
    void assignIfRequestedEarly(UUID candidacyId) {
        earlyRequests.take(candidacyId).ifPresent(callId -> assign(candidacyId, callId));
    }

    /** Answers the requests for reviewers that came before their call. */
    @EventListener
    void assignRequestedBeforeTheCall(CallsUnderReview.CallRegistered registered) {
        for (UUID candidacyId : earlyRequests.waitingIn(registered.callId())) {
            assignIfRequestedEarly(candidacyId);
        }
    }

    /**
     * Takes the candidacy from a reviewer who has just declared a conflict with it (their draft evaluation goes too;
     * the assignment is kept for the record) and gives it to another free reviewer of the network. With nobody free,
     * the network is left without a reviewer for it, and when every other evaluation is in, the tally goes on. The
     * caller holds the candidacy's row.
     */
    void release(CandidacyUnderReview candidacy, String reviewerId) {
        UUID candidacyId = candidacy.candidacyId();
        Network network = jdbc.sql("select network from assignments where candidacy_id = ? and reviewer_id = ?")
                .params(candidacyId, reviewerId).query((row, n) -> Network.valueOf(row.getString(1))).single();
        Instant now = clock.instant();
        var replacement = freeReviewer(network, candidacy, excludedFrom(candidacyId),
                loadInCall(candidacy.callId()));
        jdbc.sql("""
                        insert into released_assignments (candidacy_id, reviewer_id, network, call_id, assigned_at,
                                                          assigned_by, released_at, replacement_reviewer_id)
                        select candidacy_id, reviewer_id, network, call_id, assigned_at, assigned_by, ?, ?
                        from assignments where candidacy_id = ? and reviewer_id = ?""")
                .params(Timestamp.from(now), replacement.orElse(null), candidacyId, reviewerId).update();
        jdbc.sql("delete from evaluations where candidacy_id = ? and reviewer_id = ? and submitted_at is null")
                .params(candidacyId, reviewerId).update();
        jdbc.sql("delete from assignments where candidacy_id = ? and reviewer_id = ?").params(candidacyId, reviewerId)
                .update();
        replacement.ifPresent(replacementId -> insert(candidacy, replacementId, network, now));
        messages.publish(new ReviewerReplaced(candidacyId, candidacy.callId(), network, reviewerId,
                replacement.orElse(null), now));
        if (replacement.isEmpty()) {
            evaluations.completeIfAllIn(candidacy.callId(), candidacyId);
        }
        log.info("Reviewer released for a conflict of interest; {} takes over for {}",
                replacement.isPresent() ? "another reviewer" : "nobody", network);
    }

    /**
     * A coordinator gives a network left without a reviewer for the candidacy one of its reviewers, chosen by them:
     * a reviewer of a participating network, free of conflict with it and working for none of its members, while the
     * candidacy is under review and its tally not made.
     */
    @Transactional
    AssignmentView assignByCoordinator(UUID candidacyId, String reviewerId) {
        CandidacyUnderReview candidacy = candidacies.lockById(candidacyId)
                .orElseThrow(() -> new NotFoundException("candidacy under review", candidacyId));
        if (!requested(candidacyId)) {
            throw new ConflictException("Candidacy " + candidacyId + " is not under review: its reviewers were not "
                    + "asked for yet");
        }
        if (candidacy.withdrawnAt() != null) {
            throw new ConflictException("Candidacy " + candidacyId + " is withdrawn");
        }
        requireReviewOpen(candidacy);
        CommitteeMember reviewer = members.findById(reviewerId).filter(member -> member.role() == Role.REVIEWER)
                .orElseThrow(() -> new InvalidFieldException(List.of(new FieldError("reviewerId",
                        "is not a reviewer of the committee"))));
        // The roster decides who may be given new work; one who left it keeps their rows, not their place.
        if (members.reviewersOf(reviewer.network()).stream()
                .noneMatch(member -> member.personId().equals(reviewerId))) {
            throw new InvalidFieldException(List.of(new FieldError("reviewerId",
                    "is no longer a reviewer of the committee")));
        }
        Set<Network> networks = calls.participatingNetworks(candidacy.callId()).orElseThrow();
        if (!networks.contains(reviewer.network())) {
            throw new InvalidFieldException(List.of(new FieldError("reviewerId", "is a reviewer of "
                    + reviewer.network() + ", which does not take part in the call")));
        }
        if (assignedNetworks(candidacyId).contains(reviewer.network())) {
            throw new ConflictException(reviewer.network() + " has a reviewer for candidacy " + candidacyId
                    + " already");
        }
        if (!mayReview(reviewer, candidacy, excludedFrom(candidacyId))) {
            throw new InvalidFieldException(List.of(new FieldError("reviewerId",
                    "has a conflict of interest with the candidacy")));
        }
        Instant now = clock.instant();
        insert(candidacy, reviewerId, reviewer.network(), now);
        var uncovered = EnumSet.noneOf(Network.class);
        uncovered.addAll(networks);
        uncovered.removeAll(assignedNetworks(candidacyId));
        messages.publish(new ReviewersAssigned(candidacyId, candidacy.callId(),
                List.of(new ReviewersAssigned.Reviewer(reviewerId, reviewer.network())), uncovered, now));
        log.info("{} given a reviewer by a coordinator; still without one: {}", reviewer.network(), uncovered);
        return views.one(candidacyId, reviewerId).orElseThrow();
    }

    /**
     * Refuses to change who reviews the candidacy once its review is over: its tally made, or the call's review
     * deadline passed (evaluations are frozen, and the process has moved on).
     */
    void requireReviewOpen(CandidacyUnderReview candidacy) {
        if (tallied(candidacy.candidacyId())) {
            throw new ConflictException("Candidacy " + candidacy.candidacyId() + " is reviewed already");
        }
        Instant deadline = calls.terms(candidacy.callId()).map(ReviewTerms::reviewDeadline).orElse(null);
        if (deadline != null && !clock.instant().isBefore(deadline)) {
            throw new ReviewDeadlinePassedException("The review deadline of the call has passed (" + deadline + ")",
                    deadline);
        }
    }

    /**
     * The least loaded reviewer on the network's roster, free of conflict, working for none of the members and not
     * reviewing the candidacy already.
     */
    private Optional<String> freeReviewer(Network network, CandidacyUnderReview candidacy, Set<String> excluded,
            Map<String, Integer> load) {
        return members.reviewersOf(network).stream()
                .filter(reviewer -> mayReview(reviewer, candidacy, excluded))
                .min(Comparator.comparingInt((CommitteeMember reviewer) -> load.getOrDefault(
                        reviewer.personId(), 0)).thenComparing(CommitteeMember::personId))
                .map(CommitteeMember::personId);
    }

    private static boolean mayReview(CommitteeMember reviewer, CandidacyUnderReview candidacy, Set<String> excluded) {
        return !excluded.contains(reviewer.personId())
                && !candidacy.memberSirens().contains(reviewer.organisationSiren());
    }

    private void insert(CandidacyUnderReview candidacy, String reviewerId, Network network, Instant now) {
        jdbc.sql("insert into assignments (candidacy_id, reviewer_id, network, call_id, assigned_at, assigned_by)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(candidacy.candidacyId(), reviewerId, network.name(), candidacy.callId(), Timestamp.from(now),
                        actor.id())
                .update();
    }

    /**
     * The reviewers who may not review the candidacy: those who declared a conflict with it, or gave it up, and those
     * assigned it already (for the network they reviewed for before they moved to another).
     */
    private Set<String> excludedFrom(UUID candidacyId) {
        return new HashSet<>(jdbc.sql("""
                        select reviewer_id from conflicts_of_interest where candidacy_id = ?
                        union select reviewer_id from released_assignments where candidacy_id = ?
                        union select reviewer_id from assignments where candidacy_id = ?""")
                .params(candidacyId, candidacyId, candidacyId).query(String.class).list());
    }

    private boolean requested(UUID candidacyId) {
        return jdbc.sql("select exists (select 1 from review_requests where candidacy_id = ?)").param(candidacyId)
                .query(Boolean.class).single();
    }

    private boolean tallied(UUID candidacyId) {
        return jdbc.sql("select exists (select 1 from tallies where candidacy_id = ?)").param(candidacyId)
                .query(Boolean.class).single();
    }

    private Set<Network> assignedNetworks(UUID candidacyId) {
        var networks = EnumSet.noneOf(Network.class);
        jdbc.sql("select network from assignments where candidacy_id = ?").param(candidacyId).query(String.class)
                .list().forEach(network -> networks.add(Network.valueOf(network)));
        return networks;
    }

    private Map<String, Integer> loadInCall(UUID callId) {
        var load = new HashMap<String, Integer>();
        jdbc.sql("select reviewer_id, count(*) as assigned from assignments where call_id = ? group by reviewer_id")
                .param(callId)
                .query((row, n) -> load.put(row.getString("reviewer_id"), row.getInt("assigned")))
                .list();
        return load;
    }
}
