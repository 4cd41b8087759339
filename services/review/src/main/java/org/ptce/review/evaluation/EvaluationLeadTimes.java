package org.ptce.review.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.ptce.review.call.CallsUnderReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each network's reviewers take over a call's evaluations, from the assignment to the submission: counted
 * by the database in one query, however many evaluations the call has.
 */
@Component
class EvaluationLeadTimes {

    private final JdbcClient jdbc;
    private final CallsUnderReview calls;

    EvaluationLeadTimes(JdbcClient jdbc, CallsUnderReview calls) {
        this.jdbc = jdbc;
        this.calls = calls;
    }

    /**
     * Every participating network's evaluations of the call, in the committee's order (a network with no assignment
     * yet has zeros). A reassigned evaluation counts from its reviewer's own assignment; an assignment given up over a
     * conflict of interest is not one.
     */
    @Transactional(readOnly = true)
    CallLeadTimes of(UUID callId) {
        Set<Network> participating = calls.participatingNetworks(callId)
                .orElseThrow(() -> new NotFoundException("call under review", callId));
        var byNetwork = new EnumMap<Network, NetworkLeadTimes>(Network.class);
        participating.forEach(network -> byNetwork.put(network, new NetworkLeadTimes(network, 0, 0, null, null)));
        jdbc.sql("""
                        select a.network, count(*) as assigned, count(e.submitted_at) as submitted,
                               percentile_cont(0.5) within group (
                                   order by extract(epoch from e.submitted_at - a.assigned_at)) as median_seconds,
                               max(extract(epoch from e.submitted_at - a.assigned_at)) as slowest_seconds
                        from assignments a
                        left join evaluations e on e.candidacy_id = a.candidacy_id and e.reviewer_id = a.reviewer_id
                        where a.call_id = ?
                        group by a.network""")
                .param(callId)
                .query(row -> {
                    Network network = network(row.getString("network"));
                    if (network != null) {
                        byNetwork.put(network, new NetworkLeadTimes(network, row.getLong("assigned"),
                                row.getLong("submitted"), duration(row.getBigDecimal("median_seconds")),
                                duration(row.getBigDecimal("slowest_seconds"))));
                    }
                });
        return new CallLeadTimes(callId, List.copyOf(byNetwork.values()));
    }

    private static Network network(String name) {
        return Arrays.stream(Network.values()).filter(network -> network.name().equals(name)).findFirst()
                .orElse(null);
    }

    private static Duration duration(BigDecimal seconds) {
        return seconds == null ? null
                : Duration.ofMillis(seconds.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** A call's evaluation lead times, one entry per network. */
    record CallLeadTimes(UUID callId, List<NetworkLeadTimes> networks) {
    }

    /**
     * A network's evaluations of the call.
     *
     * @param assigned  its reviewers' assignments to the call's candidacies
     * @param submitted the evaluations of them submitted
     * @param median    the median time from an assignment to its evaluation's submission, {@code null} before any
     * @param slowest   the longest such time
     */
    record NetworkLeadTimes(Network network, long assigned, long submitted, Duration median, Duration slowest) {
    }
}
