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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.ptce.platform.actor.CurrentActor;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.ptce.review.api.ReviewersAssigned;
import org.ptce.review.call.CallsUnderReview;
import org.ptce.review.committee.CommitteeMember;
import org.ptce.review.committee.CommitteeMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private final CurrentActor actor;
    private final Clock clock;

    ReviewerAssignment(CandidaciesUnderReview candidacies, CallsUnderReview calls, CommitteeMembers members,
            JdbcClient jdbc, MessagePublisher messages, CurrentActor actor, Clock clock) {
        this.candidacies = candidacies;
        this.calls = calls;
        this.members = members;
        this.jdbc = jdbc;
        this.messages = messages;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    void assign(UUID candidacyId, UUID callId) {
        // The call and the candidacy travel on other topics than the request: if either was not read yet, the request
        // fails here and is tried again with backoff.
        Set<Network> networks = calls.participatingNetworks(callId).orElseThrow(() -> new IllegalStateException(
                "Call " + callId + " is not registered for review (yet)"));
        CandidacyUnderReview candidacy = candidacies.lockById(candidacyId).orElseThrow(() ->
                new IllegalStateException("Candidacy " + candidacyId + " is not registered for review (yet)"));
        if (candidacy.withdrawnAt() != null || alreadyAssigned(candidacyId)) {
            log.info("No assignment: the candidacy is {}", candidacy.withdrawnAt() != null ? "withdrawn"
                    : "assigned already");
            return;
        }
        Set<String> conflicted = new HashSet<>(jdbc.sql(
                        "select reviewer_id from conflicts_of_interest where candidacy_id = ?")
                .param(candidacyId).query(String.class).list());
        Map<String, Integer> load = loadInCall(callId);
        Instant now = clock.instant();
        var assigned = new ArrayList<ReviewersAssigned.Reviewer>();
        var uncovered = EnumSet.noneOf(Network.class);
        for (Network network : new TreeSet<>(networks)) {
            var chosen = members.findByNetworkAndRoleOrderByPersonId(network, Role.REVIEWER).stream()
                    .filter(reviewer -> !conflicted.contains(reviewer.personId()))
                    .filter(reviewer -> !candidacy.memberSirens().contains(reviewer.organisationSiren()))
                    .min(Comparator.comparingInt((CommitteeMember reviewer) -> load.getOrDefault(
                            reviewer.personId(), 0)).thenComparing(CommitteeMember::personId));
            if (chosen.isEmpty()) {
                uncovered.add(network);
                continue;
            }
            String reviewerId = chosen.get().personId();
            jdbc.sql("insert into assignments (candidacy_id, reviewer_id, network, call_id, assigned_at, assigned_by)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(candidacyId, reviewerId, network.name(), callId, Timestamp.from(now), actor.id())
                    .update();
            assigned.add(new ReviewersAssigned.Reviewer(reviewerId, network));
        }
        messages.publish(new ReviewersAssigned(candidacyId, callId, List.copyOf(assigned), uncovered, now));
        log.info("Assigned {} reviewer(s); networks without a free reviewer: {}", assigned.size(), uncovered);
    }

    private boolean alreadyAssigned(UUID candidacyId) {
        return jdbc.sql("select exists (select 1 from assignments where candidacy_id = ?)").param(candidacyId)
                .query(Boolean.class).single();
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
