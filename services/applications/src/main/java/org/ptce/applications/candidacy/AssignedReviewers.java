package org.ptce.applications.candidacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reviewers assigned to each candidacy, as the review service tells them: they may read its dossier. */
@Component
class AssignedReviewers {

    private final JdbcClient jdbc;

    AssignedReviewers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID candidacyId, String reviewerId, Instant assignedAt) {
        jdbc.sql("insert into candidacy_reviewers (candidacy_id, reviewer_id, assigned_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(candidacyId, reviewerId, Timestamp.from(assignedAt)).update();
    }

    void remove(UUID candidacyId, String reviewerId) {
        jdbc.sql("delete from candidacy_reviewers where candidacy_id = ? and reviewer_id = ?")
                .params(candidacyId, reviewerId).update();
    }

    boolean include(UUID candidacyId, String reviewerId) {
        return jdbc.sql("select exists (select 1 from candidacy_reviewers where candidacy_id = ? and reviewer_id = ?)")
                .params(candidacyId, reviewerId).query(Boolean.class).single();
    }
}
