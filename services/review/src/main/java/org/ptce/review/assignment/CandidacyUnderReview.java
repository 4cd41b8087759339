package org.ptce.review.assignment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.ptce.applications.api.CandidacyDossier;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A submitted candidacy as the committee sees it before it is assigned: its PTCE's name and members, which is what
 * a reviewer needs to declare a conflict of interest; never the dossier.
 */
@Table("candidacies_under_review")
record CandidacyUnderReview(
        @Id UUID candidacyId,
        UUID callId,
        String ptceName,
        List<String> memberNames,
        List<String> memberSirens,
        Instant withdrawnAt,
        Instant registeredAt,
        Instant updatedAt) {

    static CandidacyUnderReview of(UUID candidacyId, UUID callId, CandidacyDossier dossier, Instant now) {
        return new CandidacyUnderReview(candidacyId, callId, dossier.ptceName(), names(dossier), sirens(dossier),
                null, now, now);
    }

    CandidacyUnderReview completedWith(CandidacyDossier dossier, Instant now) {
        return new CandidacyUnderReview(candidacyId, callId, dossier.ptceName(), names(dossier), sirens(dossier),
                withdrawnAt, registeredAt, now);
    }

    CandidacyUnderReview withdrawn(Instant now) {
        return new CandidacyUnderReview(candidacyId, callId, ptceName, memberNames, memberSirens, now, registeredAt,
                now);
    }

    private static List<String> names(CandidacyDossier dossier) {
        return dossier.members().stream().map(CandidacyDossier.Member::name).toList();
    }

    private static List<String> sirens(CandidacyDossier dossier) {
        return dossier.members().stream().map(CandidacyDossier.Member::siret).filter(Objects::nonNull)
                .map(siret -> siret.substring(0, 9)).distinct().toList();
    }
}
