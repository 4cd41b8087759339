package org.ptce.applications.candidacy;

/**
 * The eligibility facts of décret n° 2015-431 a draft can be checked against before it is submitted. The
 * admissibility decision itself is the workflow's (DMN), then the coordinator's.
 */
enum EligibilityRule {

    PRIVATE_LAW_ENTITY("Le PTCE est une personne morale de droit privé, dont la forme juridique est indiquée."),
    AT_LEAST_THREE_MEMBERS("Le PTCE regroupe au moins trois personnes morales."),
    AN_ESS_ENTERPRISE("Au moins un membre est une entreprise de l'économie sociale et solidaire."),
    AN_ENTERPRISE_OUTSIDE_ESS("Au moins un membre est une entreprise hors économie sociale et solidaire."),
    ANOTHER_ARTICLE_9_ACTOR("Au moins un membre est une collectivité territoriale, un centre de recherche, un "
            + "établissement d'enseignement supérieur ou un organisme de formation."),
    DEFINED_TERRITORY("Le territoire du PTCE est défini (communes, EPCI, département ou région)."),
    INNOVATIVE_PROJECT("La stratégie de coopération et les objectifs du projet sont décrits."),
    NO_PRIOR_STATE_SUPPORT("Le PTCE déclare ne pas avoir déjà reçu de soutien de l'État au titre d'un appel PTCE.");

    private final String description;

    EligibilityRule(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
