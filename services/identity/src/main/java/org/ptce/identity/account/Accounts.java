package org.ptce.identity.account;

import java.time.Clock;

import org.springframework.context.event.EventListener;
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
    private final Clock clock;

    Accounts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
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

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent failure) {
        accounts.findByUsername(String.valueOf(failure.getAuthentication().getName()).strip().toLowerCase())
                .ifPresent(account -> {
                    account.failedSignIn(clock.instant());
                    accounts.save(account);
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent success) {
        if (success.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
            accounts.findById(person.accountId()).ifPresent(account -> {
                account.succeededSignIn();
                accounts.save(account);
            });
        }
    }
}
