package org.ptce.workflow.engine;

/** The candidate groups the models' user tasks name ({@code camunda:candidateGroups}), which exist in the engine. */
public final class CandidateGroups {

    /** The platform's coordinators: admissibility checks, deliberations, follow-ups of silent networks. */
    public static final String COORDINATORS = "coordinators";

    private CandidateGroups() {
    }
}
