package org.ptce.identity.account;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may sign in, and what repeated failures do to an account. */
@Service
class Accounts implements UserDetailsService {

    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Accounts(AccountRepository accounts, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username.strip().toLowerCase())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var authorities = account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return new SignedInPerson(account, account.lockedAt(clock.instant()), authorities);
    }

    /** Counts a failure in one statement, so that guesses made in parallel are all counted. */
    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent failure) {
        String username = String.valueOf(failure.getAuthentication().getName()).strip().toLowerCase();
        jdbc.update("""
                update accounts
                set failed_attempts = case when failed_attempts + 1 >= ? then 0 else failed_attempts + 1 end,
                    locked_until = case when failed_attempts + 1 >= ? then ? else locked_until end
                where username = ?""",
                Account.MAX_FAILED_ATTEMPTS, Account.MAX_FAILED_ATTEMPTS,
                Timestamp.from(clock.instant().plus(Account.LOCK_DURATION)), username);
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
            jdbc.update("update accounts set failed_attempts = 0 where id = ? and failed_attempts > 0",
                    person.accountId());
        }
    }
}
