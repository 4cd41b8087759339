package org.ptce.identity.account;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a password while holding the account's row: the attempts at one account take turns, each one sees the
 * failures counted before it, and guesses sent in parallel cannot slip past the lock that the fifth one sets. The
 * password is compared first, whatever the account's state, so that a locked, disabled or unknown account answers
 * like a wrong password, in about the same time; only who knows the password learns why they cannot sign in (and a
 * holder who did not verify their address gets a new link).
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final Accounts accounts;
    private final SelfService selfService;
    private final DaoAuthenticationProvider passwords;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PasswordSignIn(Accounts accounts, SelfService selfService, PasswordEncoder passwordEncoder,
            TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.selfService = selfService;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication typed) {
        // A control character (a NUL, which PostgreSQL refuses) is in no address: dropped, as a typo would be.
        String username = Account.normalised(typed.getName().replaceAll("\\p{Cntrl}", ""));
        Authentication attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                typed.getCredentials());
        Outcome outcome = transactions.execute(transaction -> {
            jdbc.query("select id from accounts where username = ? for update", row -> { }, username);
            try {
                Authentication signedIn = passwords.authenticate(attempt);
                jdbc.update("update accounts set failed_attempts = 0 where username = ? and failed_attempts > 0",
                        username);
                return new Outcome(signedIn, null, null);
            } catch (BadCredentialsException refused) {
                countFailure(username);
                // Committed, and the refusal thrown once the row is let go.
                return new Outcome(null, refused, null);
            } catch (AccountStatusException rightPasswordButNotNow) {
                return new Outcome(null, null, rightPasswordButNotNow);
            }
        });
        if (outcome.refused() != null) {
            throw outcome.refused();
        }
        if (outcome.notNow() != null) {
            if (outcome.notNow() instanceof DisabledException
                    && accounts.status(username).orElse(null) == AccountStatus.UNVERIFIED) {
                selfService.sendVerificationAgain(username);
                throw new AddressNotVerifiedException();
            }
            throw outcome.notNow();
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

    private record Outcome(Authentication signedIn, BadCredentialsException refused, AccountStatusException notNow) {
    }
}
