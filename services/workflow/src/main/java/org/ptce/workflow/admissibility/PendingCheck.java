package org.ptce.workflow.admissibility;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidacy waiting for the coordinator's admissibility check, with what the eligibility rules found and the facts
 * they judged.
 *
 * @param missingItemsAsked what the holder was asked to complete, when the dossier comes back completed; else
 *                          {@code null}
 */
record PendingCheck(UUID candidacyId, UUID callId, String ptceName, boolean eligible, String eligibilityReason,
        Instant since, Facts facts, String missingItemsAsked) {

    /**
     * The facts of décret 2015-431 the rules read, from the dossier as submitted or completed; a fact the process
     * does not have is {@code null}.
     */
    record Facts(Boolean privateLawEntity, Integer memberCount, Integer essEnterprises, Integer enterprisesOutsideEss,
            Integer otherArticle9Actors, Boolean territoryDefined, Boolean projectDescribed,
            Boolean declaresNoPriorStateSupport) {
    }
}
