package org.ptce.identity.account;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a password while holding the account's row: the attempts at one account take turns, each one sees the
 * failures counted before it, and guesses sent in parallel cannot slip past the lock that the fifth one sets.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PasswordSignIn(Accounts accounts, PasswordEncoder passwordEncoder, TransactionTemplate transactions,
            JdbcTemplate jdbc, Clock clock) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = Accounts.normalised(attempt.getName());
        Outcome outcome = transactions.execute(transaction -> {
            jdbc.query("select id from accounts where username = ? for update", row -> { }, username);
            try {
                Authentication signedIn = passwords.authenticate(attempt);
                jdbc.update("update accounts set failed_attempts = 0 where username = ? and failed_attempts > 0",
                        username);
                return new Outcome(signedIn, null);
            } catch (BadCredentialsException refused) {
                countFailure(username);
                // Committed, and the refusal thrown once the row is let go.
                return new Outcome(null, refused);
            }
        });
        if (outcome.refused() != null) {
            throw outcome.refused();
        }
        return outcome.signedIn();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void countFailure(String username) {
        jdbc.update("""
                update accounts
                set failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
                    locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                where username = ?""",
                Account.MAX_FAILED_ATTEMPTS, Account.MAX_FAILED_ATTEMPTS,
                Timestamp.from(clock.instant().plus(Account.LOCK_DURATION)), username);
    }

    private record Outcome(Authentication signedIn, BadCredentialsException refused) {
    }
}
