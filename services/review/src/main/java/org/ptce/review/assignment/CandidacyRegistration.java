package org.ptce.review.assignment;

import java.time.Clock;
import java.util.UUID;

import org.ptce.applications.api.CandidacyCompleted;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.applications.api.CandidacyWithdrawn;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.platform.messaging.PoisonMessageException;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.stereotype.Component;

/** The committee follows the submitted candidacies: registered when submitted, updated when completed or withdrawn. */
final class CandidacyRegistration {

    private CandidacyRegistration() {
    }

    @Component
    static class OnSubmitted implements MessageHandler<CandidacySubmitted> {

        private final JdbcAggregateOperations aggregates;
        private final ReviewerAssignment assignment;
        private final Clock clock;

        OnSubmitted(JdbcAggregateOperations aggregates, ReviewerAssignment assignment, Clock clock) {
            this.aggregates = aggregates;
            this.assignment = assignment;
            this.clock = clock;
        }

        @Override
        public void handle(IncomingMessage<CandidacySubmitted> message) {
            CandidacySubmitted submitted = message.payload();
            aggregates.insert(CandidacyUnderReview.of(submitted.candidacyId(), submitted.callId(),
                    submitted.dossier(), clock.instant()));
            assignment.assignIfRequestedEarly(submitted.candidacyId());
        }
    }

    @Component
    static class OnCompleted implements MessageHandler<CandidacyCompleted> {

        private final CandidaciesUnderReview candidacies;
        private final Clock clock;

        OnCompleted(CandidaciesUnderReview candidacies, Clock clock) {
            this.candidacies = candidacies;
            this.clock = clock;
        }

        @Override
        public void handle(IncomingMessage<CandidacyCompleted> message) {
            CandidacyCompleted completed = message.payload();
            candidacies.save(find(candidacies, completed.candidacyId())
                    .completedWith(completed.dossier(), clock.instant()));
        }
    }

    @Component
    static class OnWithdrawn implements MessageHandler<CandidacyWithdrawn> {

        private final CandidaciesUnderReview candidacies;
        private final Clock clock;

        OnWithdrawn(CandidaciesUnderReview candidacies, Clock clock) {
            this.candidacies = candidacies;
            this.clock = clock;
        }

        @Override
        public void handle(IncomingMessage<CandidacyWithdrawn> message) {
            candidacies.save(find(candidacies, message.payload().candidacyId())
                    .withdrawn(clock.instant()));
        }
    }

    /** The candidacy a later message names: its submission travels on the same partition, so it was read first. */
    private static CandidacyUnderReview find(CandidaciesUnderReview candidacies, UUID candidacyId) {
        return candidacies.findById(candidacyId).orElseThrow(
                () -> new PoisonMessageException("No submitted candidacy " + candidacyId));
    }
}
