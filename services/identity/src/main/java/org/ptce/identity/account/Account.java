package org.ptce.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ptce.identity.api.PersonRegistered;
import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in: their roles, their network if they review or delegate. Failed attempts are counted, and the
 * account locked for a while after too many in a row, by {@link PasswordSignIn}, one attempt at a time.
 */
@Table("accounts")
class Account {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private final UUID id;
    private final String username;
    private final String passwordHash;
    private final String displayName;
    private final Set<Role> roles;
    private final Network network;
    private final boolean enabled;
    private final int failedAttempts;
    private final Instant lockedUntil;
    private final Instant createdAt;
    private final String createdBy;
    private final String organisationSiret;
    private Instant announcedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Account(UUID id, String username, String passwordHash, String displayName, Set<Role> roles, Network network,
            boolean enabled, int failedAttempts, Instant lockedUntil, Instant createdAt, String createdBy,
            String organisationSiret, Instant announcedAt, Integer version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = roles;
        this.network = network;
        this.enabled = enabled;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.organisationSiret = organisationSiret;
        this.announcedAt = announcedAt;
        this.version = version;
    }

    static Account create(String username, String passwordHash, String displayName, Set<Role> roles,
            Network network, String organisationSiret, Instant now, String createdBy) {
        boolean needsNetwork = roles.stream().anyMatch(Role::needsNetwork);
        if (needsNetwork && roles.contains(Role.COORDINATOR)) {
            throw new IllegalArgumentException(username
                    + ": a coordinator neither reviews nor delegates for a network");
        }
        if (needsNetwork != (network != null)) {
            throw new IllegalArgumentException(username + ": a reviewer or a delegate has a network, nobody else");
        }
        return new Account(UUID.randomUUID(), username.strip().toLowerCase(), passwordHash, displayName,
                Set.copyOf(roles), network, true, 0, null, now, createdBy, organisationSiret, null, null);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Tells the other services that the person may sign in, once. */
    PersonRegistered announce(Instant now) {
        announcedAt = now;
        return new PersonRegistered(id.toString(), displayName,
                roles.stream().map(Role::name).collect(Collectors.toSet()), network, organisationSiret,
                // Accounts sign in with their e-mail address.
                username.contains("@") ? username : null, now);
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    Set<Role> roles() {
        return roles;
    }

    Network network() {
        return network;
    }

    boolean enabled() {
        return enabled;
    }
}
