package org.ptce.identity.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who may sign in, and who a signed-in person is when a token is made for them. */
@Service
public class Accounts implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    Accounts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * A plain {@link User}, so that the provider's stored authorizations hold nothing but Spring Security's own types;
     * the rest of the person is read again when a token is made ({@link #activePerson}).
     */
    /**
     * An unknown username is an ordinary refusal, not a failure: it must not mark the sign-in's transaction for
     * rollback, or the sign-in would answer 500 where a wrong password gets the sign-in page, telling which accounts
     * exist. (The caller compares a dummy password meanwhile, so both take about as long.) An invited person has no
     * password yet: for signing in, they are nobody.
     */
    @Override
    @Transactional(readOnly = true, noRollbackFor = UsernameNotFoundException.class)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(Account.normalised(username))
                .filter(found -> found.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList())
                .disabled(!account.maySignIn())
                .accountLocked(account.lockedAt(clock.instant()))
                .build();
    }

    /** Where the account stands, for saying why a sign-in with the right password is refused. */
    @Transactional(readOnly = true)
    public Optional<AccountStatus> status(String username) {
        return accounts.findByUsername(Account.normalised(username)).map(Account::status);
    }

    /** The person signed in under this username, unless their account is gone or disabled since. */
    @Transactional(readOnly = true)
    public Optional<SignedInPerson> activePerson(String username) {
        return accounts.findByUsername(Account.normalised(username))
                .filter(Account::maySignIn)
                .map(account -> new SignedInPerson(account.id(), account.username(), account.displayName(),
                        account.roles(), account.network()));
    }

}
