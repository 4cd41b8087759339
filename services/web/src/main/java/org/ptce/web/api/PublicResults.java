package org.ptce.web.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A call's published results: the laureates and the reserve, in rank order. */
public record PublicResults(UUID callId, Instant publishedAt, List<SelectedPtce> laureates,
        List<SelectedPtce> reserve) {

    public record SelectedPtce(String list, int rank, String ptceName, List<String> communes, String departement,
            String region, List<String> themes) {
    }
}
