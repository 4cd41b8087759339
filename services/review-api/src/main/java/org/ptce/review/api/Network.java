package org.ptce.review.api;

/**
 * The ESS networks of the inter-network committee. A call chooses which of them take part; each participating network
 * has reviewers on the committee and a delegate who validates the committee's proposed list.
 */
public enum Network {

    RTES("RTES", "Réseau des collectivités Territoriales pour une Économie Solidaire"),
    MES("MES", "Mouvement pour l'Économie Solidaire"),
    COORACE("COORACE", "Fédération COORACE, entreprises de l'ESS et de l'insertion par l'activité économique"),
    CNCRES("CNCRES", "Conseil National des Chambres Régionales de l'Économie Sociale et Solidaire"),
    UFISC("UFISC", "Union Fédérale d'Intervention des Structures Culturelles"),
    OPALE("Opale", "Opale, services aux structures artistiques et culturelles de l'ESS");

    private final String shortName;
    private final String fullName;

    Network(String shortName, String fullName) {
        this.shortName = shortName;
        this.fullName = fullName;
    }

    /** The name the network is known by, as written in French. */
    public String shortName() {
        return shortName;
    }

    public String fullName() {
        return fullName;
    }
}
