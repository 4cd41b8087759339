package org.ptce.workflow.deliberation;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.ptce.workflow.api.RankedList;

/**
 * The deliberation's list as the coordinator writes it: laureates and reserve in rank order, then the candidacies not
 * selected; every reviewed candidacy of the call once, each with the motivation its holder will read.
 */
record RankedListDraft(
        @NotNull @Size(max = 5000) List<@NotNull @Valid Entry> laureates,
        @NotNull @Size(max = 5000) List<@NotNull @Valid Entry> reserve,
        @NotNull @Size(max = 5000) List<@NotNull @Valid Entry> notSelected) {

    record Entry(@NotNull UUID candidacyId, @NotBlank @Size(max = 4000) String motivation) {

        RankedList.Entry message() {
            return new RankedList.Entry(candidacyId, motivation.strip());
        }
    }

    RankedList message() {
        return new RankedList(laureates.stream().map(Entry::message).toList(),
                reserve.stream().map(Entry::message).toList(), notSelected.stream().map(Entry::message).toList());
    }
}
