package org.ptce.workflow.api;

/** The topics the workflow service publishes on. */
public final class WorkflowTopics {

    /** Decisions and requests of the candidacies' processes, keyed by candidacy id. */
    public static final String CANDIDACIES = "ptce.workflow.candidacies";

    /** Decisions of the calls' processes, keyed by call id. */
    public static final String CALLS = "ptce.workflow.calls";

    private WorkflowTopics() {
    }
}
