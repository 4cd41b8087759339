package org.ptce.applications.candidacy;

import java.util.List;

/**
 * Where the PTCE works, in INSEE codes: communes, the EPCI (by its SIREN), the département, the région.
 */
record Territory(List<String> communes, String epci, String departement, String region) {

    static final Territory NONE = new Territory(List.of(), null, null, null);

    boolean isDefined() {
        return !communes.isEmpty() || epci != null || departement != null || region != null;
    }
}
