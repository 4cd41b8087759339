package org.ptce.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    /** Holds the account's row until the transaction ends: its changes take turns. */
    @Query("select * from accounts where id = :id for update")
    Optional<Account> lockById(UUID id);

    @Query("select * from accounts where username = :username for update")
    Optional<Account> lockByUsername(String username);

    /**
     * Holds the address until the transaction ends, whether it has an account or not: two sign-ups or invitations of
     * one new address take turns, and the second sees the first's account.
     */
    @Query("select 1 from (select pg_advisory_xact_lock(hashtext(:username))) as locked")
    Integer lockAddress(String username);

    /** Forgets the failed attempts and the lock they set. */
    @Modifying
    @Query("update accounts set failed_attempts = 0, locked_until = null where id = :id")
    void unlock(UUID id);

    /** The accounts that work but were never announced (made before the announcements existed, or by a seed). */
    @Query("""
            select * from accounts
            where announced_at is null and email_verified_at is not null and password_hash is not null
              and disabled_at is null""")
    List<Account> findUnannounced();
}
