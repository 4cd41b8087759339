package org.ptce.identity.token;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes the authorizations whose every code and token has expired: nothing can use them any more. */
@Component
class ExpiredAuthorizations {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpiredAuthorizations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ptce.identity.expired-authorizations.delete-every:PT1H}")
    int delete() {
        // greatest() skips nulls: a token never issued does not keep an authorization alive.
        return jdbc.update("""
                delete from oauth2_authorization
                where greatest(authorization_code_expires_at, access_token_expires_at, oidc_id_token_expires_at,
                               refresh_token_expires_at, user_code_expires_at, device_code_expires_at) < ?""",
                Timestamp.from(clock.instant()));
    }
}
