package org.ptce.applications.call;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CallRepository extends ListCrudRepository<Call, UUID> {

    List<Call> findAllByOrderByCreatedAtDesc();
}
