package org.ptce.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ptce.identity.api.PersonDisabled;
import org.ptce.identity.api.PersonRegistered;
import org.ptce.platform.security.Role;
import org.ptce.review.api.Network;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person who signs in with their e-mail address: their role, their network if they review or delegate. An account
 * works once its address is proven (a holder's verification link, an invitee's acceptance) and until a coordinator
 * disables it. Failed attempts are counted, and the account locked for a while after too many in a row, by
 * {@link PasswordSignIn}, one attempt at a time.
 */
@Table("accounts")
class Account {

    static final int MAX_FAILED_ATTEMPTS = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private final UUID id;
    private final String username;
    private String passwordHash;
    private String displayName;
    private Set<Role> roles;
    private Network network;
    private boolean enabled;
    private final int failedAttempts;
    private final Instant lockedUntil;
    private final Instant createdAt;
    private final String createdBy;
    private String organisationSiret;
    private Instant announcedAt;
    private Instant emailVerifiedAt;
    private final Instant privacyConsentAt;
    private Instant disabledAt;
    private String disabledBy;
    private Instant changedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Account(UUID id, String username, String passwordHash, String displayName, Set<Role> roles, Network network,
            boolean enabled, int failedAttempts, Instant lockedUntil, Instant createdAt, String createdBy,
            String organisationSiret, Instant announcedAt, Instant emailVerifiedAt, Instant privacyConsentAt,
            Instant disabledAt, String disabledBy, Instant changedAt, Integer version) {
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
        this.emailVerifiedAt = emailVerifiedAt;
        this.privacyConsentAt = privacyConsentAt;
        this.disabledAt = disabledAt;
        this.disabledBy = disabledBy;
        this.changedAt = changedAt;
        this.version = version;
    }

    /** A holder who signed up alone: they may sign in once they opened the link sent to their address. */
    static Account signUp(String email, String passwordHash, String displayName, Instant consentAt) {
        return new Account(UUID.randomUUID(), normalised(email), passwordHash, displayName, Set.of(Role.HOLDER), null,
                true, 0, null, consentAt, "self", null, null, null, consentAt, null, null, consentAt, null);
    }

    /** A person a coordinator invited: no password until they choose one through the link of their invitation. */
    static Account invite(String email, String displayName, RoleInNetwork role, Instant now, String invitedBy) {
        return new Account(UUID.randomUUID(), normalised(email), null, displayName, Set.of(role.role()),
                role.network(), true, 0, null, now, invitedBy, role.organisationSiret(), null, null, null, null, null,
                now, null);
    }

    static String normalised(String email) {
        return String.valueOf(email).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A coordinator invites the address of a sign-up never verified: the invitation wins, and whatever the sign-up
     * set (name, password) is forgotten.
     */
    void reinvite(String displayName, RoleInNetwork role, Instant now) {
        this.passwordHash = null;
        this.displayName = displayName;
        changeRole(role, now);
    }

    AccountStatus status() {
        if (disabledAt != null) {
            return AccountStatus.DISABLED;
        }
        if (passwordHash == null) {
            return AccountStatus.INVITED;
        }
        return emailVerifiedAt == null ? AccountStatus.UNVERIFIED : AccountStatus.ACTIVE;
    }

    /** Whether a correct password opens a session: a proven address, and not disabled. */
    boolean maySignIn() {
        return status() == AccountStatus.ACTIVE;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The link of a sign-up was opened: the address is the holder's. */
    void verifyAddress(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
            changedAt = now;
        }
    }

    /** The invitee chose their password through their invitation's link, which proves their address too. */
    void acceptInvitation(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        verifyAddress(now);
        changedAt = now;
    }

    void changePassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        changedAt = now;
    }

    void rename(String displayName, Instant now) {
        this.displayName = displayName;
        changedAt = now;
    }

    void changeRole(RoleInNetwork role, Instant now) {
        this.roles = Set.of(role.role());
        this.network = role.network();
        this.organisationSiret = role.organisationSiret();
        changedAt = now;
    }

    PersonDisabled disable(String by, Instant now) {
        enabled = false;
        disabledAt = now;
        disabledBy = by;
        changedAt = now;
        return new PersonDisabled(id.toString(), by, now);
    }

    void enable(Instant now) {
        enabled = true;
        disabledAt = null;
        disabledBy = null;
        changedAt = now;
    }

    /**
     * Tells the other services who the person is now: once their account works, and again after each change, so that
     * the rosters and the addresses follow.
     */
    PersonRegistered announce(Instant now) {
        announcedAt = now;
        return new PersonRegistered(id.toString(), displayName,
                roles.stream().map(Role::name).collect(Collectors.toSet()), network, organisationSiret,
                username.contains("@") ? username : null, now);
    }

    /** The one role the platform's pages give a person (an account made with several keeps the first in order). */
    RoleInNetwork role() {
        return new RoleInNetwork(roles.stream().sorted().findFirst().orElseThrow(), network, organisationSiret);
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

    String organisationSiret() {
        return organisationSiret;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant changedAt() {
        return changedAt;
    }

    Instant privacyConsentAt() {
        return privacyConsentAt;
    }

    Instant emailVerifiedAt() {
        return emailVerifiedAt;
    }

    Instant disabledAt() {
        return disabledAt;
    }
}
