package org.ptce.review.call;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface CallUnderReviewRepository extends CrudRepository<CallUnderReview, UUID> {
}
