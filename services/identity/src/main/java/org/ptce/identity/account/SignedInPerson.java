package org.ptce.identity.account;

import java.util.Collection;
import java.util.UUID;

import org.ptce.review.api.Network;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The person behind a session: what the tokens issued to them say about them. */
public class SignedInPerson extends User {

    private final UUID accountId;
    private final String displayName;
    private final Network network;

    SignedInPerson(Account account, boolean locked, Collection<? extends GrantedAuthority> authorities) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked, authorities);
        this.accountId = account.id();
        this.displayName = account.displayName();
        this.network = account.network();
    }

    public UUID accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Network network() {
        return network;
    }
}
