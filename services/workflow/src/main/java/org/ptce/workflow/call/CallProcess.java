package org.ptce.workflow.call;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/** The names the call process model ({@code bpmn/call.bpmn}) and the code share. */
public final class CallProcess {

    public static final String KEY = "ptce-call";

    private CallProcess() {
    }

    /** The call a process (or one of its executions) is about. */
    public static UUID callId(VariableScope process) {
        return UUID.fromString((String) process.getVariable(Variables.CALL_ID));
    }

    /** BPMN message names: each is the name of the platform message that triggers it. */
    public static final class Messages {
        public static final String CALL_OPENED = "CallOpened";
        public static final String RESULTS_PUBLISHED = "ResultsPublished";

        private Messages() {
        }

        /** The answer of one network: the model waits for one message per participating network. */
        public static String networkValidated(String network) {
            return "NetworkValidated-" + network;
        }
    }

    /** Process variables. */
    public static final class Variables {
        public static final String CALL_ID = "callId";
        public static final String TITLE = "title";
        public static final String SUBMISSION_DEADLINE = "submissionDeadline";
        /** The participating networks' names, comma-separated. */
        public static final String PARTICIPATING_NETWORKS = "participatingNetworks";
        public static final String REVIEW_DEADLINE = "reviewDeadline";
        /** ISO-8601 duration a holder has to answer a completion request. */
        public static final String COMPLETION_TIME_LIMIT = "completionTimeLimit";
        /** ISO-8601 durations after which a silent network is reminded, then followed up by the coordinator. */
        public static final String VALIDATION_REMINDER_AFTER = "validationReminderAfter";
        public static final String VALIDATION_ESCALATION_AFTER = "validationEscalationAfter";
        /** The deliberation's ranked list, as JSON ({@code RankedList} of the workflow API). */
        public static final String RANKED_LIST = "rankedList";
        /** The deliberation round, from 1: a rejection brings the next. */
        public static final String ROUND = "round";
        /** The network of one instance of the network validation. */
        public static final String NETWORK = "network";

        private Variables() {
        }

        /** APPROVED or REJECTED: a network's answer in the current round. */
        public static String validationOf(String network) {
            return "validation_" + network;
        }

        /** Why the network rejected the list in the current round. */
        public static String rejectionReasonOf(String network) {
            return "reason_" + network;
        }
    }

    /** Activity ids of the model, as the tracking view and the tests name them. */
    public static final class Activities {
        public static final String SUBMISSION_DEADLINE_PASSED = "SubmissionDeadlinePassed";
        public static final String DELIBERATE = "Deliberate";
        public static final String PROPOSE_RANKED_LIST = "ProposeRankedList";
        public static final String NETWORK_VALIDATION = "NetworkValidation";
        public static final String AWAIT_NETWORK_VALIDATION = "AwaitNetworkValidation";
        public static final String VALIDATION_REMINDER_DUE = "ValidationReminderDue";
        public static final String REMIND_NETWORK = "RemindNetwork";
        public static final String VALIDATION_SILENT = "ValidationSilent";
        public static final String FOLLOW_UP_SILENT_NETWORK = "FollowUpSilentNetwork";
        public static final String NETWORK_ANSWERED = "NetworkAnswered";
        public static final String ANNOUNCE_DECISION = "AnnounceDecision";
        public static final String WAIT_FOR_RESULTS = "WaitForResults";
        public static final String CALL_CLOSED = "CallClosed";

        private Activities() {
        }
    }

    /** A network's answer. */
    public enum Validation {
        APPROVED, REJECTED
    }
}
