package org.ptce.identity.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The links mailed to a person, each for one purpose, working once and for a while. The token (256 random bits) is
 * in the mail only: the table keeps its SHA-256, so that reading the database opens no account. A new reset or
 * invitation link voids the account's earlier ones of that purpose (a mail that leaked is worth nothing once the
 * person asked again); verification links stay good side by side, whichever mail the holder opens.
 */
@Component
class AccountLinks {

    enum Purpose {
        VERIFY_ADDRESS(Duration.ofHours(24)),
        RESET_PASSWORD(Duration.ofHours(1)),
        ACCEPT_INVITATION(Duration.ofDays(7));

        final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Voids the account's links of that purpose not used yet. */
    void voidAll(UUID accountId, Purpose purpose) {
        jdbc.sql("update account_links set used_at = ? where account_id = ? and purpose = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), accountId, purpose.name()).update();
    }

    /** A new token for the account, to put in a link. */
    String issue(UUID accountId, Purpose purpose) {
        Instant now = clock.instant();
        if (purpose != Purpose.VERIFY_ADDRESS) {
            voidAll(accountId, purpose);
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into account_links (token_hash, account_id, purpose, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(hash(token), accountId, purpose.name(), Timestamp.from(now),
                        Timestamp.from(now.plus(purpose.lifetime)))
                .update();
        return token;
    }

    /** The account the token opens, if it is still good, without using it (to show the page it leads to). */
    Optional<UUID> peek(String token, Purpose purpose) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select account_id from account_links where token_hash = ? and purpose = ?"
                        + " and used_at is null and expires_at > ?")
                .params(hash(token), purpose.name(), Timestamp.from(clock.instant()))
                .query(UUID.class).optional();
    }

    /** Uses the token, once: the account it opens, if it was still good; two requests with it, one wins. */
    Optional<UUID> redeem(String token, Purpose purpose) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("update account_links set used_at = ? where token_hash = ? and purpose = ?"
                        + " and used_at is null and expires_at > ? returning account_id")
                .params(Timestamp.from(now), hash(token), purpose.name(), Timestamp.from(now))
                .query(UUID.class).optional();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
