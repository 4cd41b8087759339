package org.ptce.publication.result;

/** What a holder is told of their candidacy when the call's results are published. */
enum Outcome {
    LAUREATE("Lauréat"),
    RESERVE("Liste de réserve"),
    NOT_SELECTED("Non retenue"),
    INADMISSIBLE("Irrecevable"),
    WITHDRAWN("Retirée");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
