package org.ptce.workflow.call;

/** The names the call process model ({@code bpmn/call.bpmn}) and the code share. */
public final class CallProcess {

    public static final String KEY = "ptce-call";

    private CallProcess() {
    }

    /** BPMN message names: each is the name of the platform message that triggers it. */
    public static final class Messages {
        public static final String CALL_OPENED = "CallOpened";
        public static final String RESULTS_PUBLISHED = "ResultsPublished";

        private Messages() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        public static final String CALL_ID = "callId";
        public static final String TITLE = "title";
        public static final String SUBMISSION_DEADLINE = "submissionDeadline";
        public static final String PARTICIPATING_NETWORKS = "participatingNetworks";
        public static final String REVIEW_DEADLINE = "reviewDeadline";
        /** ISO-8601 duration a holder has to answer a completion request. */
        public static final String COMPLETION_TIME_LIMIT = "completionTimeLimit";

        private Variables() {
        }
    }

    /** Activity ids of the model, as the tracking view and the tests name them. */
    public static final class Activities {
        public static final String WAIT_FOR_RESULTS = "WaitForResults";

        private Activities() {
        }
    }
}
