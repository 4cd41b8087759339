package org.ptce.workflow.api;

import java.util.List;
import java.util.UUID;

/**
 * The committee's ranked list of a call: the laureates and the reserve in rank order, then the candidacies not
 * selected; each with the motivation its holder will read.
 */
public record RankedList(List<Entry> laureates, List<Entry> reserve, List<Entry> notSelected) {

    public record Entry(UUID candidacyId, String motivation) {
    }
}
