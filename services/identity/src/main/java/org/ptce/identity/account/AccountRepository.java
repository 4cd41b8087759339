package org.ptce.identity.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AccountRepository extends CrudRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    List<Account> findByAnnouncedAtIsNull();
}
