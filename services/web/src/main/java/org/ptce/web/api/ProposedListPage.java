package org.ptce.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One page of a round's proposed list, in its order (laureates, the reserve, those not selected); {@code page} counts
 * from 0.
 */
public record ProposedListPage(List<Entry> items, int page, int size, long totalItems) {

    public List<Entry> items() {
        return items == null ? List.of() : items;
    }

    /** How many pages the list makes: one at least. */
    public int totalPages() {
        return size <= 0 || totalItems <= 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
    }

    /**
     * A candidacy of the list: its place ({@code LAUREATE}, {@code RESERVE}, {@code NOT_SELECTED}) and position
     * within it, the coordinator's motivation, and its tally (none when it was deliberated without one).
     */
    public record Entry(UUID candidacyId, String ptceName, String place, int position, String motivation,
            boolean withdrawn, Tally tally) {
    }

    public record Tally(BigDecimal weightedTotal, BigDecimal totalThreshold, boolean thresholdsMet,
            List<CriterionResult> criteria, List<NetworkVote> votes) {

        public List<CriterionResult> criteria() {
            return criteria == null ? List.of() : criteria;
        }

        public List<NetworkVote> votes() {
            return votes == null ? List.of() : votes;
        }
    }

    public record CriterionResult(String code, int weight, BigDecimal mean, BigDecimal threshold, boolean met) {
    }

    public record NetworkVote(String network, String vote, int count) {
    }
}
