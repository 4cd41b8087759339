package org.ptce.review.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CandidaciesUnderReview extends ListCrudRepository<CandidacyUnderReview, UUID> {

    List<CandidacyUnderReview> findByCallIdAndWithdrawnAtIsNullOrderByRegisteredAt(UUID callId);

    /**
     * The candidacy, locked until the transaction ends: a conflict declaration and an assignment of the same
     * candidacy take turns, so that neither misses the other.
     */
    @Query("select * from candidacies_under_review where candidacy_id = :candidacyId for update")
    Optional<CandidacyUnderReview> lockById(UUID candidacyId);
}
