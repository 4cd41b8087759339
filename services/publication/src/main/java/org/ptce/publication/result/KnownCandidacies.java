package org.ptce.publication.result;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.ptce.applications.api.CandidacyCompleted;
import org.ptce.applications.api.CandidacyDossier;
import org.ptce.applications.api.CandidacySubmitted;
import org.ptce.applications.api.CandidacyWithdrawn;
import org.ptce.platform.messaging.IncomingMessage;
import org.ptce.platform.messaging.MessageHandler;
import org.ptce.workflow.api.AdmissibilityDecided;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What publication learns of each candidacy from the other services: its PTCE (name, territory, themes) and holder,
 * and whether it was found inadmissible or withdrawn.
 */
final class KnownCandidacies {

    private KnownCandidacies() {
    }

    private static void save(JdbcClient jdbc, Clock clock, UUID candidacyId, UUID callId,
            String holderId, CandidacyDossier dossier) {
        jdbc.sql("""
                        insert into known_candidacies (candidacy_id, call_id, holder_id, ptce_name, communes,
                                                       departement, region, themes, updated_at)
                        values (:candidacy, :call, :holder, :name, :communes, :departement, :region, :themes, :now)
                        on conflict (candidacy_id) do update
                        set ptce_name = excluded.ptce_name, communes = excluded.communes,
                            departement = excluded.departement, region = excluded.region, themes = excluded.themes,
                            updated_at = excluded.updated_at""")
                .param("candidacy", candidacyId).param("call", callId).param("holder", holderId)
                .param("name", dossier.ptceName()).param("communes", dossier.communes().toArray(String[]::new))
                .param("departement", dossier.departement()).param("region", dossier.region())
                .param("themes", dossier.themes().toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Component
    static class OnSubmitted implements MessageHandler<CandidacySubmitted> {

        private final JdbcClient jdbc;
        private final Clock clock;

        OnSubmitted(JdbcClient jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        @Override
        public void handle(IncomingMessage<CandidacySubmitted> message) {
            CandidacySubmitted submitted = message.payload();
            save(jdbc, clock, submitted.candidacyId(), submitted.callId(), submitted.holderId(), submitted.dossier());
        }
    }

    @Component
    static class OnCompleted implements MessageHandler<CandidacyCompleted> {

        private final JdbcClient jdbc;
        private final Clock clock;

        OnCompleted(JdbcClient jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        @Override
        public void handle(IncomingMessage<CandidacyCompleted> message) {
            CandidacyCompleted completed = message.payload();
            // The holder is known from the submission, read first on the same partition.
            String holderId = jdbc.sql("select holder_id from known_candidacies where candidacy_id = ?")
                    .param(completed.candidacyId()).query(String.class).single();
            save(jdbc, clock, completed.candidacyId(), completed.callId(), holderId, completed.dossier());
        }
    }

    @Component
    static class OnAdmissibilityDecided implements MessageHandler<AdmissibilityDecided> {

        private final JdbcClient jdbc;

        OnAdmissibilityDecided(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void handle(IncomingMessage<AdmissibilityDecided> message) {
            AdmissibilityDecided decided = message.payload();
            if (!decided.admissible()) {
                known(jdbc.sql("update known_candidacies set inadmissible_motivation = ?, updated_at = ?"
                                + " where candidacy_id = ?")
                        .params(decided.motivation(), Timestamp.from(decided.decidedAt()), decided.candidacyId())
                        .update(), decided.candidacyId());
            }
        }
    }

    @Component
    static class OnWithdrawn implements MessageHandler<CandidacyWithdrawn> {

        private final JdbcClient jdbc;

        OnWithdrawn(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void handle(IncomingMessage<CandidacyWithdrawn> message) {
            CandidacyWithdrawn withdrawn = message.payload();
            known(jdbc.sql("update known_candidacies set withdrawn_at = ?, updated_at = ? where candidacy_id = ?")
                    .params(Timestamp.from(withdrawn.withdrawnAt()), Timestamp.from(withdrawn.withdrawnAt()),
                            withdrawn.candidacyId())
                    .update(), withdrawn.candidacyId());
        }
    }

    /**
     * A decision on a candidacy publication has not heard of: its submission travels on another topic than an
     * admissibility decision, so it is tried again until the submission is read.
     */
    private static void known(int updated, UUID candidacyId) {
        if (updated == 0) {
            throw new IllegalStateException("Candidacy " + candidacyId + " is not known here (yet)");
        }
    }
}
