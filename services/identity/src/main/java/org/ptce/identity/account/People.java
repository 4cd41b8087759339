package org.ptce.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ptce.identity.account.AccountHistory.Action;
import org.ptce.identity.account.AccountHistory.Actor;
import org.ptce.identity.account.AccountLinks.Purpose;
import org.ptce.platform.messaging.MessagePublisher;
import org.ptce.platform.security.Role;
import org.ptce.platform.web.ConflictException;
import org.ptce.platform.web.NotFoundException;
import org.ptce.review.api.Network;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' side of the accounts: who is on the platform, network by network; inviting the committee;
 * changing a person's role or network; disabling and enabling an account. Every change is recorded with who made it,
 * and announced to the other services in the same transaction (a reviewer leaves or joins a roster, an address
 * changes).
 */
@Service
public class People {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final AccountMails mails;
    private final AccountHistory history;
    private final SignOutEverywhere signOut;
    private final PasswordEncoder passwords;
    private final MessagePublisher messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    People(AccountRepository accounts, AccountLinks links, AccountMails mails, AccountHistory history,
            SignOutEverywhere signOut, PasswordEncoder passwords, MessagePublisher messages, JdbcClient jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.mails = mails;
        this.history = history;
        this.signOut = signOut;
        this.passwords = passwords;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A person as coordinators see them. */
    public record Person(UUID personId, String email, String displayName, Role role, Network network,
            String organisationSiret, AccountStatus status, Instant createdAt, Instant changedAt) {

        static Person of(Account account) {
            RoleInNetwork role = account.role();
            return new Person(account.id(), account.username(), account.displayName(), role.role(), role.network(),
                    role.organisationSiret(), account.status(), account.createdAt(), account.changedAt());
        }
    }

    /** What to list; every part optional. */
    public record Filter(Network network, Role role, AccountStatus status, String text) {
    }

    public record PersonPage(List<Person> items, int page, int size, long totalItems) {
    }

    /** A page of people, by name: two queries whatever the number of accounts. */
    @Transactional(readOnly = true)
    public PersonPage list(Filter filter, int page, int size) {
        var where = new StringBuilder(" where true");
        var params = new ArrayList<Object>();
        if (filter.network() != null) {
            where.append(" and network = ?");
            params.add(filter.network().name());
        }
        if (filter.role() != null) {
            where.append(" and ? = any (roles)");
            params.add(filter.role().name());
        }
        if (filter.status() != null) {
            where.append(switch (filter.status()) {
                case DISABLED -> " and disabled_at is not null";
                case INVITED -> " and disabled_at is null and password_hash is null";
                case UNVERIFIED -> " and disabled_at is null and password_hash is not null and email_verified_at is null";
                case ACTIVE -> " and disabled_at is null and password_hash is not null and email_verified_at is not null";
            });
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (lower(display_name) like ? escape '\\' or username like ? escape '\\')");
            String pattern = "%" + filter.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            params.add(pattern);
            params.add(pattern);
        }
        long total = jdbc.sql("select count(*) from accounts" + where).params(params).query(Long.class).single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<UUID> ids = jdbc.sql("select id from accounts" + where
                        + " order by lower(display_name), id limit ? offset ?")
                .params(pageParams).query(UUID.class).list();
        var byId = new HashMap<UUID, Account>();
        accounts.findAllById(ids).forEach(account -> byId.put(account.id(), account));
        return new PersonPage(ids.stream().map(byId::get).map(Person::of).toList(), page, size, total);
    }

    @Transactional(readOnly = true)
    public Person find(UUID personId) {
        return Person.of(existing(personId));
    }

    /** Invites a person to the committee (or as a coordinator): they get a link to choose their password. */
    @Transactional
    public Person invite(String email, String displayName, RoleInNetwork role, Actor coordinator) {
        accounts.lockAddress(Account.normalised(email));
        var existing = accounts.lockByUsername(Account.normalised(email));
        if (existing.isPresent() && existing.get().status() != AccountStatus.UNVERIFIED) {
            throw new ConflictException("This address has an account already: change its role instead");
        }
        Instant now = clock.instant();
        Account account;
        if (existing.isPresent()) {
            // A sign-up nobody proved: the address goes to the invitee, through the invitation's link.
            account = existing.get();
            account.reinvite(displayName.strip(), role, now);
            links.voidAll(account.id(), Purpose.VERIFY_ADDRESS);
        } else {
            account = Account.invite(email, displayName.strip(), role, now, coordinator.id());
        }
        Account invited = accounts.save(account);
        history.record(invited.id(), Action.INVITED, coordinator, now, AccountLabels.role(role));
        if (!mails.invitation(invited, coordinator.name(), () -> links.issue(invited.id(), Purpose.ACCEPT_INVITATION))) {
            throw new ConflictException("This address got too many mails within the hour: invite it again later");
        }
        return Person.of(invited);
    }

    @Transactional
    public void inviteAgain(UUID personId, Actor coordinator) {
        Account account = locked(personId);
        if (account.status() != AccountStatus.INVITED) {
            throw new ConflictException("The invitation was accepted already");
        }
        if (!mails.invitation(account, coordinator.name(), () -> links.issue(account.id(), Purpose.ACCEPT_INVITATION))) {
            throw new ConflictException("This address got too many mails within the hour: try again later");
        }
        history.record(account.id(), Action.INVITATION_SENT_AGAIN, coordinator, clock.instant(), null);
    }

    /**
     * Gives the person another role or network. A reviewer moved elsewhere keeps their past evaluations; the review
     * service gives them no new assignment in their former network.
     */
    @Transactional
    public Person changeRole(UUID personId, RoleInNetwork role, Actor coordinator) {
        Account account = locked(personId);
        if (account.id().toString().equals(coordinator.id())) {
            throw new ConflictException("A coordinator cannot change their own role: another coordinator can");
        }
        Instant now = clock.instant();
        String before = AccountLabels.role(account.role());
        account.changeRole(role, now);
        announceIfWorking(account, now);
        accounts.save(account);
        history.record(account.id(), Action.ROLE_CHANGED, coordinator, now,
                before + " → " + AccountLabels.role(role));
        return Person.of(account);
    }

    /** No sign-in, no new token, every session ended; the other services stop counting on the person. */
    @Transactional
    public Person disable(UUID personId, Actor coordinator) {
        Account account = locked(personId);
        if (account.id().toString().equals(coordinator.id())) {
            throw new ConflictException("A coordinator cannot disable their own account");
        }
        if (account.status() == AccountStatus.DISABLED) {
            return Person.of(account);
        }
        Instant now = clock.instant();
        messages.publish(account.disable(coordinator.id(), now));
        accounts.save(account);
        history.record(account.id(), Action.DISABLED, coordinator, now, null);
        signOut.signOut(account.username());
        return Person.of(account);
    }

    @Transactional
    public Person enable(UUID personId, Actor coordinator) {
        Account account = locked(personId);
        if (account.id().toString().equals(coordinator.id())) {
            throw new ConflictException("A coordinator cannot enable their own account: another coordinator can");
        }
        if (account.status() != AccountStatus.DISABLED) {
            return Person.of(account);
        }
        Instant now = clock.instant();
        account.enable(now);
        announceIfWorking(account, now);
        accounts.save(account);
        history.record(account.id(), Action.ENABLED, coordinator, now, null);
        return Person.of(account);
    }

    /**
     * Makes a working account with a known password, as the seeds' demo accounts are: the same account, history and
     * announcement as an invitation accepted at once. An address that has an account is left as it is.
     */
    @Transactional
    public boolean seed(String email, String displayName, String password, Set<Role> roles, Network network,
            String organisationSiret) {
        if (accounts.findByUsername(Account.normalised(email)).isPresent()) {
            return false;
        }
        Instant now = clock.instant();
        Role role = roles.stream().sorted().findFirst().orElseThrow();
        Account account = Account.invite(email, displayName, RoleInNetwork.of(role, network, organisationSiret), now,
                "seed");
        account.acceptInvitation(passwords.encode(password), now);
        messages.publish(account.announce(now));
        account = accounts.save(account);
        history.record(account.id(), Action.SEEDED, null, now, null);
        return true;
    }

    /**
     * Whether the account of this token may coordinate now, as the database says: a coordinator disabled or given
     * another role a minute ago still has a token that says otherwise until it expires.
     */
    @Transactional(readOnly = true)
    public boolean coordinatesNow(UUID accountId) {
        return accounts.findById(accountId).filter(Account::maySignIn)
                .filter(account -> account.roles().contains(Role.COORDINATOR)).isPresent();
    }

    /** Whether any account may coordinate (else the first coordinator is invited at start). */
    boolean anyCoordinator() {
        return jdbc.sql("select exists (select 1 from accounts where 'COORDINATOR' = any (roles) and disabled_at is null)")
                .query(Boolean.class).single();
    }

    private void announceIfWorking(Account account, Instant now) {
        if (account.maySignIn()) {
            messages.publish(account.announce(now));
        }
    }

    private Account existing(UUID personId) {
        return accounts.findById(personId).orElseThrow(() -> new NotFoundException("person", personId));
    }

    private Account locked(UUID personId) {
        return accounts.lockById(personId).orElseThrow(() -> new NotFoundException("person", personId));
    }
}
