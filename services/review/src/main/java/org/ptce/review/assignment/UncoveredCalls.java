package org.ptce.review.assignment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.review.api.Network;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Across calls, the candidacies under review that a participating network has no reviewer for, counted by call: what
 * a coordinator has to give reviewers to, for every page's header. One query, whatever the number of calls and
 * candidacies.
 */
@Component
class UncoveredCalls {

    private final JdbcClient jdbc;
    private final Clock clock;

    UncoveredCalls(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The calls with such candidacies, the nearest review deadline first. A call past its review deadline is left out:
     * its reviewers can no longer change.
     */
    @Transactional(readOnly = true)
    List<UncoveredCall> calls() {
        return jdbc.sql("""
                        select r.call_id, k.title, k.review_deadline, count(distinct r.candidacy_id) as candidacies,
                               array_agg(distinct p.network) as networks
                        from review_requests r
                        join candidacies_under_review c on c.candidacy_id = r.candidacy_id
                        join calls_under_review k on k.call_id = r.call_id
                        cross join lateral unnest(k.participating_networks) as p(network)
                        where c.withdrawn_at is null
                          and coalesce(k.review_deadline > :now, true)
                          and not exists (select 1 from tallies t where t.candidacy_id = r.candidacy_id)
                          and not exists (select 1 from assignments a
                                          where a.candidacy_id = r.candidacy_id and a.network = p.network)
                        group by r.call_id, k.title, k.review_deadline
                        order by k.review_deadline nulls last, k.title, r.call_id""")
                .param("now", Timestamp.from(clock.instant()))
                .query((row, n) -> {
                    var networks = EnumSet.noneOf(Network.class);
                    Arrays.stream((String[]) row.getArray("networks").getArray()).map(Network::valueOf)
                            .forEach(networks::add);
                    Timestamp deadline = row.getTimestamp("review_deadline");
                    return new UncoveredCall(row.getObject("call_id", UUID.class), row.getString("title"),
                            deadline == null ? null : deadline.toInstant(), row.getInt("candidacies"), networks);
                })
                .list();
    }

    /**
     * A call under review with candidacies left without a reviewer of a participating network.
     *
     * @param candidacies             how many of its candidacies lack a reviewer of at least one network
     * @param networksWithoutReviewer the networks some of them lack a reviewer of
     */
    record UncoveredCall(UUID callId, String title, Instant reviewDeadline, int candidacies,
            Set<Network> networksWithoutReviewer) {
    }
}
