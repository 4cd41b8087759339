package org.ptce.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    /** Holds the account's row until the transaction ends: its changes take turns. */
    @Query("select * from accounts where id = :id for update")
    Optional<Account> lockById(UUID id);

    @Query("select * from accounts where username = :username for update")
    Optional<Account> lockByUsername(String username);

    /** The accounts that work but were never announced (made before the announcements existed, or by a seed). */
    @Query("""
            select * from accounts
            where announced_at is null and email_verified_at is not null and password_hash is not null
              and disabled_at is null""")
    List<Account> findUnannounced();
}
