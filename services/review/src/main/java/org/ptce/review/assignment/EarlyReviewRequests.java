package org.ptce.review.assignment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requests for reviewers that came before their candidacy or their call, until both are known. */
@Repository
class EarlyReviewRequests {

    private final JdbcClient jdbc;

    EarlyReviewRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(UUID candidacyId, UUID callId, Instant receivedAt) {
        jdbc.sql("""
                        insert into early_review_requests (candidacy_id, call_id, received_at) values (?, ?, ?)
                        on conflict (candidacy_id) do nothing""")
                .params(candidacyId, callId, Timestamp.from(receivedAt)).update();
    }

    /** Removes the candidacy's request, if one waits, and gives its call. */
    Optional<UUID> take(UUID candidacyId) {
        return jdbc.sql("delete from early_review_requests where candidacy_id = ? returning call_id")
                .param(candidacyId).query(UUID.class).optional();
    }

    /** The candidacies of the call whose requests wait. */
    List<UUID> waitingIn(UUID callId) {
        return jdbc.sql("select candidacy_id from early_review_requests where call_id = ? order by received_at")
                .param(callId).query(UUID.class).list();
    }
}
