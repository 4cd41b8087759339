package org.ptce.workflow.candidacy;

/** The names the candidacy process model ({@code bpmn/candidacy.bpmn}) and the code share. */
public final class CandidacyProcess {

    public static final String KEY = "ptce-candidacy";
    public static final String ELIGIBILITY_DECISION = "ptce-eligibility";

    private CandidacyProcess() {
    }

    /** BPMN message names: each is the name of the platform message that triggers it. */
    public static final class Messages {
        public static final String CANDIDACY_SUBMITTED = "CandidacySubmitted";
        public static final String CANDIDACY_WITHDRAWN = "CandidacyWithdrawn";

        private Messages() {
        }
    }

    /** Process variables: the facts the eligibility decision reads, and its result. */
    public static final class Variables {
        public static final String CANDIDACY_ID = "candidacyId";
        public static final String CALL_ID = "callId";
        public static final String HOLDER_ID = "holderId";
        public static final String PTCE_NAME = "ptceName";
        public static final String PRIVATE_LAW_ENTITY = "privateLawEntity";
        public static final String MEMBER_COUNT = "memberCount";
        public static final String ESS_ENTERPRISES = "essEnterprises";
        public static final String ENTERPRISES_OUTSIDE_ESS = "enterprisesOutsideEss";
        public static final String OTHER_ARTICLE_9_ACTORS = "otherArticle9Actors";
        public static final String TERRITORY_DEFINED = "territoryDefined";
        public static final String PROJECT_DESCRIBED = "projectDescribed";
        public static final String DECLARES_NO_PRIOR_STATE_SUPPORT = "declaresNoPriorStateSupport";
        /** The decision's result: a map of {@code eligible} (boolean) and {@code reason} (text). */
        public static final String ELIGIBILITY = "eligibility";

        private Variables() {
        }
    }

    /** Activity ids of the model. */
    public static final class Activities {
        public static final String APPLY_ELIGIBILITY_RULES = "ApplyEligibilityRules";
        public static final String CHECK_ADMISSIBILITY = "CheckAdmissibility";
        public static final String ADMISSIBILITY_CHECKED = "AdmissibilityChecked";
        public static final String WITHDRAWN = "Withdrawn";

        private Activities() {
        }
    }
}
