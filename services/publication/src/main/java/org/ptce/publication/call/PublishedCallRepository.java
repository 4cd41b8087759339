package org.ptce.publication.call;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface PublishedCallRepository extends ListCrudRepository<PublishedCall, UUID> {

    List<PublishedCall> findAllByOrderBySubmissionDeadlineAsc();
}
