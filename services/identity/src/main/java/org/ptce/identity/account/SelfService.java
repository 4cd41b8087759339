package org.ptce.identity.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ptce.identity.account.AccountHistory.Action;
import org.ptce.identity.account.AccountLinks.Purpose;
import org.ptce.platform.messaging.MessagePublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does for their own account, signed in or not: sign up, prove their address, reset a forgotten
 * password, accept an invitation, change their name or password. Whoever asks with an address gets the same answer
 * whether it has an account or not, after about the same work (a password hash is computed either way): what
 * differs goes by mail, to the address's owner.
 */
@Service
public class SelfService {

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final AccountMails mails;
    private final AccountHistory history;
    private final SignOutEverywhere signOut;
    private final PasswordEncoder passwords;
    private final MessagePublisher messages;
    private final Clock clock;

    SelfService(AccountRepository accounts, AccountLinks links, AccountMails mails, AccountHistory history,
            SignOutEverywhere signOut, PasswordEncoder passwords, MessagePublisher messages, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.mails = mails;
        this.history = history;
        this.signOut = signOut;
        this.passwords = passwords;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * A holder signs up: a new address gets an account waiting for its verification link; an address signed up but
     * never verified is taken again by whoever proves it; an address with a working account gets a mail saying so.
     * The password is checked by {@link PasswordPolicy} before.
     */
    @Transactional
    public void signUp(String email, String displayName, String password) {
        String hash = passwords.encode(password);
        Instant now = clock.instant();
        accounts.lockAddress(Account.normalised(email));
        Optional<Account> existing = accounts.lockByUsername(Account.normalised(email));
        if (existing.isEmpty()) {
            Account account = accounts.save(Account.signUp(email, hash, displayName.strip(), now));
            history.record(account.id(), Action.SIGNED_UP, null, now, null);
            mails.verifyAddress(account, () -> links.issue(account.id(), Purpose.VERIFY_ADDRESS));
            return;
        }
        Account account = existing.get();
        if (account.status() == AccountStatus.UNVERIFIED) {
            // Whoever opens the newest link gets the newest password: the earlier links, which would activate the
            // account with this one, stop working.
            boolean sent = mails.verifyAddress(account, () -> {
                links.voidAll(account.id(), Purpose.VERIFY_ADDRESS);
                return links.issue(account.id(), Purpose.VERIFY_ADDRESS);
            });
            if (sent) {
                account.rename(displayName.strip(), now);
                account.changePassword(hash, now);
                accounts.save(account);
                history.record(account.id(), Action.SIGNED_UP, null, now, "again, before verifying the address");
            }
        } else {
            mails.alreadyRegistered(account);
        }
    }

    /** Whether the link of a sign-up may still be opened (the page asks to confirm before it is used). */
    public boolean verificationOpen(String token) {
        return links.peek(token, Purpose.VERIFY_ADDRESS).isPresent();
    }

    /** Opens the link of a sign-up, once: the account works from now on. Empty when the link is used or expired. */
    @Transactional
    public Optional<String> verifyAddress(String token) {
        return links.redeem(token, Purpose.VERIFY_ADDRESS).flatMap(accounts::lockById).map(account -> {
            Instant now = clock.instant();
            account.verifyAddress(now);
            if (account.maySignIn()) {
                messages.publish(account.announce(now));
            }
            accounts.save(account);
            history.record(account.id(), Action.VERIFIED, null, now, null);
            return account.username();
        });
    }

    /**
     * A holder signing in with the right password before verifying their address gets a new link (the mail may have
     * been lost).
     */
    @Transactional
    public void sendVerificationAgain(String username) {
        accounts.lockByUsername(Account.normalised(username))
                .filter(account -> account.status() == AccountStatus.UNVERIFIED)
                .ifPresent(account -> mails.verifyAddress(account,
                        () -> links.issue(account.id(), Purpose.VERIFY_ADDRESS)));
    }

    /**
     * A forgotten password: a working account, or one that was invited, gets a reset link; any other address nothing,
     * with the same answer.
     */
    @Transactional
    public void forgotPassword(String email) {
        accounts.lockByUsername(Account.normalised(email))
                .filter(account -> account.status() != AccountStatus.DISABLED)
                .ifPresent(account -> mails.resetPassword(account,
                        () -> links.issue(account.id(), Purpose.RESET_PASSWORD)));
    }

    /** The account a reset link opens, while it is good: its name and address, for the page and the policy. */
    public Optional<Owner> resetOpen(String token) {
        return links.peek(token, Purpose.RESET_PASSWORD).flatMap(accounts::findById).map(Owner::of);
    }

    /**
     * Sets the new password through the reset link, once, and ends every session and authorization of the account: a
     * thief who had the old password is out. Proves the address too (an invitee who lost their invitation, a holder
     * who lost their verification mail). Empty when the link is used or expired.
     */
    @Transactional
    public Optional<String> resetPassword(String token, String password) {
        String hash = passwords.encode(password);
        return links.redeem(token, Purpose.RESET_PASSWORD).flatMap(accounts::lockById)
                .filter(account -> account.status() != AccountStatus.DISABLED)
                .map(account -> {
                    Instant now = clock.instant();
                    boolean worked = account.maySignIn();
                    account.acceptInvitation(hash, now);
                    // The person proved who they are: a lock set by someone guessing no longer keeps them out.
                    accounts.unlock(account.id());
                    if (!worked && account.maySignIn()) {
                        messages.publish(account.announce(now));
                    }
                    accounts.save(account);
                    history.record(account.id(), Action.PASSWORD_RESET, null, now, null);
                    signOut.signOut(account.username());
                    return account.username();
                });
    }

    /** The account an invitation opens, while it is good. */
    public Optional<Owner> invitationOpen(String token) {
        return links.peek(token, Purpose.ACCEPT_INVITATION).flatMap(accounts::findById)
                .filter(account -> account.status() == AccountStatus.INVITED).map(Owner::of);
    }

    /** The invitee chooses their password, once: the account works, and the other services are told. */
    @Transactional
    public Optional<String> acceptInvitation(String token, String password) {
        String hash = passwords.encode(password);
        return links.redeem(token, Purpose.ACCEPT_INVITATION).flatMap(accounts::lockById)
                .filter(account -> account.status() == AccountStatus.INVITED)
                .map(account -> {
                    Instant now = clock.instant();
                    account.acceptInvitation(hash, now);
                    messages.publish(account.announce(now));
                    accounts.save(account);
                    history.record(account.id(), Action.INVITATION_ACCEPTED, null, now, null);
                    return account.username();
                });
    }

    /** The signed-in person as their account page shows them. */
    public Optional<Owner> owner(String username) {
        return accounts.findByUsername(Account.normalised(username)).map(Owner::of);
    }

    @Transactional
    public void rename(String username, String displayName) {
        Account account = accounts.lockByUsername(Account.normalised(username)).orElseThrow();
        Instant now = clock.instant();
        String before = account.displayName();
        account.rename(displayName.strip(), now);
        if (account.maySignIn()) {
            messages.publish(account.announce(now));
        }
        accounts.save(account);
        history.record(account.id(), Action.NAME_CHANGED, null, now, before + " → " + account.displayName());
    }

    /**
     * Changes the password of the signed-in person, who proves the current one. Their other sessions end (this one is
     * signed in again by the caller). False when the current password is wrong.
     */
    @Transactional
    public boolean changePassword(String username, String currentPassword, String newPassword) {
        Account account = accounts.lockByUsername(Account.normalised(username)).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            return false;
        }
        Instant now = clock.instant();
        account.changePassword(passwords.encode(newPassword), now);
        accounts.save(account);
        history.record(account.id(), Action.PASSWORD_CHANGED, null, now, null);
        signOut.signOut(account.username());
        return true;
    }

    /** What the provider holds about the person (RGPD art. 15 and 20): their account and its history. */
    @Transactional(readOnly = true)
    public Optional<PersonalData> export(String username) {
        return accounts.findByUsername(Account.normalised(username)).map(this::export);
    }

    @Transactional(readOnly = true)
    public Optional<PersonalData> export(UUID accountId) {
        return accounts.findById(accountId).map(this::export);
    }

    private PersonalData export(Account account) {
        return new PersonalData(
                account.id(), account.username(), account.displayName(), account.role().role().name(),
                account.network() == null ? null : account.network().name(), account.organisationSiret(),
                account.status(), account.createdAt(), account.privacyConsentAt(), account.emailVerifiedAt(),
                account.changedAt(), history.of(account.id()));
    }

    /** The account as exported to its owner; the password's hash is not theirs to read. */
    public record PersonalData(UUID accountId, String email, String displayName, String role, String network,
            String organisationSiret, AccountStatus status, Instant createdAt, Instant privacyConsentAt,
            Instant emailVerifiedAt, Instant changedAt, List<AccountHistory.Entry> history) {
    }

    /** A person as their own pages show them. */
    public record Owner(UUID accountId, String email, String displayName, RoleInNetwork role, AccountStatus status,
            Instant createdAt, Instant privacyConsentAt) {

        static Owner of(Account account) {
            return new Owner(account.id(), account.username(), account.displayName(), account.role(),
                    account.status(), account.createdAt(), account.privacyConsentAt());
        }
    }
}
