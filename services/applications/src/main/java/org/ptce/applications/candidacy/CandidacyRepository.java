package org.ptce.applications.candidacy;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CandidacyRepository extends ListCrudRepository<Candidacy, UUID> {

    List<Candidacy> findByHolderIdOrderByCreatedAtDesc(String holderId);

}
