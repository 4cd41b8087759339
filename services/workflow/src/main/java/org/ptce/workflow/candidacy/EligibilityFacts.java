package org.ptce.workflow.candidacy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ptce.applications.api.CandidacyDossier;

/** The process variables the eligibility decision reads, from a candidacy's dossier as submitted or completed. */
final class EligibilityFacts {

    private static final Set<String> OTHER_ARTICLE_9_ACTORS = Set.of("LOCAL_AUTHORITY", "RESEARCH",
            "HIGHER_EDUCATION", "TRAINING");

    private EligibilityFacts() {
    }

    static Map<String, Object> of(CandidacyDossier dossier) {
        List<CandidacyDossier.Member> members = dossier.members();
        var facts = new HashMap<String, Object>();
        facts.put(CandidacyProcess.Variables.PTCE_NAME, dossier.ptceName());
        facts.put(CandidacyProcess.Variables.PRIVATE_LAW_ENTITY,
                dossier.privateLawEntity() && dossier.legalForm() != null && !dossier.legalForm().isBlank());
        facts.put(CandidacyProcess.Variables.MEMBER_COUNT, members.size());
        facts.put(CandidacyProcess.Variables.ESS_ENTERPRISES, count(members, Set.of("ESS_ENTERPRISE")));
        facts.put(CandidacyProcess.Variables.ENTERPRISES_OUTSIDE_ESS, count(members, Set.of("ENTERPRISE")));
        facts.put(CandidacyProcess.Variables.OTHER_ARTICLE_9_ACTORS, count(members, OTHER_ARTICLE_9_ACTORS));
        facts.put(CandidacyProcess.Variables.TERRITORY_DEFINED, !dossier.communes().isEmpty()
                || dossier.epci() != null || dossier.departement() != null || dossier.region() != null);
        facts.put(CandidacyProcess.Variables.PROJECT_DESCRIBED, dossier.projectDescribed());
        facts.put(CandidacyProcess.Variables.DECLARES_NO_PRIOR_STATE_SUPPORT,
                Boolean.FALSE.equals(dossier.alreadySupportedByState()));
        return facts;
    }

    private static int count(List<CandidacyDossier.Member> members, Set<String> kinds) {
        return (int) members.stream().filter(member -> kinds.contains(member.kind())).count();
    }
}
