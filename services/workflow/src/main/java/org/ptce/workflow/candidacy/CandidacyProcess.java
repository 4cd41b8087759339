package org.ptce.workflow.candidacy;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The names the candidacy process model ({@code bpmn/candidacy.bpmn}) and the code share. */
public final class CandidacyProcess {

    public static final String KEY = "ptce-candidacy";
    public static final String ELIGIBILITY_DECISION = "ptce-eligibility";

    private CandidacyProcess() {
    }

    /** The candidacy a process (or one of its executions) is about. */
    public static UUID candidacyId(VariableScope process) {
        return UUID.fromString((String) process.getVariable(Variables.CANDIDACY_ID));
    }

    /** The call of the candidacy a process is about. */
    public static UUID callId(VariableScope process) {
        return UUID.fromString((String) process.getVariable(Variables.CALL_ID));
    }

    /**
     * The items of a comma-separated list variable ({@link Variables#REVIEWER_IDS},
     * {@link Variables#UNCOVERED_NETWORKS}: the engine stores no Java-serialized lists); none when it is not set.
     */
    public static Stream<String> listed(Object commaSeparated) {
        return commaSeparated == null ? Stream.empty()
                : Arrays.stream(((String) commaSeparated).split(",")).filter(item -> !item.isBlank());
    }

    /** BPMN message names: each is the name of the platform message that triggers it. */
    public static final class Messages {
        public static final String CANDIDACY_SUBMITTED = "CandidacySubmitted";
        public static final String CANDIDACY_COMPLETED = "CandidacyCompleted";
        public static final String CANDIDACY_WITHDRAWN = "CandidacyWithdrawn";
        public static final String REVIEWERS_ASSIGNED = "ReviewersAssigned";
        public static final String REVIEW_COMPLETED = "ReviewCompleted";
        public static final String CANDIDACY_DECIDED = "CandidacyDecided";

        private Messages() {
        }
    }

    /** Process variables: the facts the eligibility decision reads, its result, and the coordinator's decision. */
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
        /** The call's completion time limit (ISO-8601 duration), copied when the process starts. */
        public static final String COMPLETION_TIME_LIMIT = "completionTimeLimit";
        /** The coordinator's decision, one of {@link AdmissibilityOutcome}'s names. */
        public static final String ADMISSIBILITY_OUTCOME = "admissibilityOutcome";
        /** Why the candidacy is admissible or not, as the holder will read it. */
        public static final String MOTIVATION = "motivation";
        /** What the holder is asked to complete. */
        public static final String MISSING_ITEMS = "missingItems";
        /** When the completion time runs out, as the holder is told (a date). */
        public static final String COMPLETION_DUE_AT = "completionDueAt";
        /**
         * When the completion timer fires: the due date plus a grace period, so that a completion sent just before
         * the due date, still on its way, is not overtaken by the timer.
         */
        public static final String COMPLETION_TIMER_AT = "completionTimerAt";
        /** ISO-8601 duration after which a review not complete reminds its late reviewers. */
        public static final String EVALUATION_REMINDER_AFTER = "evaluationReminderAfter";
        /** The call's review deadline (a date), copied when the process starts. */
        public static final String REVIEW_DEADLINE = "reviewDeadline";
        /** The assigned reviewers' ids, comma-separated (the engine stores no Java-serialized lists). */
        public static final String REVIEWER_IDS = "reviewerIds";
        /** The participating networks left without a reviewer free of conflict, comma-separated. */
        public static final String UNCOVERED_NETWORKS = "uncoveredNetworks";
        /** The review's weighted total (0 to 5, as text, exact) and whether every threshold is met. */
        public static final String WEIGHTED_TOTAL = "weightedTotal";
        public static final String THRESHOLDS_MET = "thresholdsMet";
        /** The published outcome, one of {@link Outcome}'s names. */
        public static final String OUTCOME = "outcome";

        private Variables() {
        }
    }

    /** Activity ids of the model. */
    public static final class Activities {
        public static final String APPLY_ELIGIBILITY_RULES = "ApplyEligibilityRules";
        public static final String CHECK_ADMISSIBILITY = "CheckAdmissibility";
        public static final String DECLARE_ADMISSIBLE = "DeclareAdmissible";
        public static final String DECLARE_INADMISSIBLE = "DeclareInadmissible";
        public static final String REQUEST_COMPLETION = "RequestCompletion";
        public static final String AWAIT_COMPLETION = "AwaitCompletion";
        public static final String COMPLETION_TIME_RAN_OUT = "CompletionTimeRanOut";
        public static final String DECLARE_INCOMPLETE = "DeclareIncomplete";
        public static final String REQUEST_REVIEWERS = "RequestReviewers";
        public static final String AWAIT_REVIEWERS = "AwaitReviewers";
        public static final String AWAIT_REVIEW = "AwaitReview";
        public static final String REVIEW_DEADLINE_PASSED = "ReviewDeadlinePassed";
        public static final String EVALUATIONS_OVERDUE = "EvaluationsOverdue";
        public static final String REMIND_REVIEWERS = "RemindReviewers";
        public static final String AWAIT_DECISION = "AwaitDecision";
        public static final String DECIDED = "Decided";
        public static final String INADMISSIBLE = "Inadmissible";
        public static final String INCOMPLETE = "Incomplete";
        public static final String WITHDRAWN = "Withdrawn";

        private Activities() {
        }
    }

    /**
     * How a candidacy ended: a reviewed one as the call's decision places it (the process's {@code outcome}
     * variable), the others by the end event they reached.
     */
    public enum Outcome {
        LAUREATE, RESERVE, NOT_SELECTED, INADMISSIBLE, WITHDRAWN;

        /** The outcome of a candidacy's process, or null while it has none. */
        public static String of(Object decided, String endActivityId) {
            if (decided != null) {
                return decided.toString();
            }
            return endActivityId == null ? null : switch (endActivityId) {
                case Activities.INADMISSIBLE, Activities.INCOMPLETE -> INADMISSIBLE.name();
                case Activities.WITHDRAWN -> WITHDRAWN.name();
                default -> null;
            };
        }
    }

    /** What the coordinator decides when checking admissibility. */
    public enum AdmissibilityOutcome {
        ADMISSIBLE, INCOMPLETE, INADMISSIBLE
    }
}
