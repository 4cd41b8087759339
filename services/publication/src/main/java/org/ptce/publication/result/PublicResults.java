package org.ptce.publication.result;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A call's published results: the laureate PTCEs and the reserve, in rank order, as open data. */
record PublicResults(UUID callId, Instant publishedAt, List<SelectedPtce> laureates, List<SelectedPtce> reserve) {

    record SelectedPtce(Outcome list, int rank, String ptceName, List<String> communes, String departement,
            String region, List<String> themes) {
    }
}
