package org.ptce.applications.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a holder declared in a candidacy, as the other services need it: the facts its admissibility is decided on
 * (décret n° 2015-431), its members (whose people may not review it), its territory and themes.
 */
public record CandidacyDossier(
        String ptceName,
        String legalForm,
        boolean privateLawEntity,
        Boolean alreadySupportedByState,
        List<Member> members,
        List<String> communes,
        String epci,
        String departement,
        String region,
        List<String> themes,
        BigDecimal budgetEuros,
        boolean projectDescribed) {

    /**
     * A member of the PTCE: its kind is one of ESS_ENTERPRISE, ENTERPRISE, LOCAL_AUTHORITY, RESEARCH,
     * HIGHER_EDUCATION, TRAINING, ASSOCIATION, OTHER.
     */
    public record Member(String name, String kind, String siret) {
    }
}
