package org.ptce.review.assignment;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface CandidaciesUnderReview extends ListCrudRepository<CandidacyUnderReview, UUID> {

    List<CandidacyUnderReview> findByCallIdAndWithdrawnAtIsNullOrderByRegisteredAt(UUID callId);
}
