package org.ptce.web.desk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ptce.web.api.WorkflowApi;

/**
 * The deliberation's list as the coordinator fills it in: one row per reviewed candidacy, in the order of their
 * tallies, each placed (laureate, reserve or not selected) with its rank and the motivation its holder will read.
 */
public class DeliberationForm {

    static final List<String> PLACES = List.of("LAUREATE", "RESERVE", "NOT_SELECTED");

    /** The service's lists, in the order it reads them. */
    static final Map<String, String> LISTS = Map.of("LAUREATE", "laureates", "RESERVE", "reserve",
            "NOT_SELECTED", "notSelected");

    private List<Row> rows = new ArrayList<>();

    /** The rows of the reviewed candidacies, placed as the list last proposed placed them, if there was one. */
    static DeliberationForm of(List<WorkflowApi.ReviewedCandidacy> reviewed, WorkflowApi.RankedList proposed) {
        var form = new DeliberationForm();
        var placed = new LinkedHashMap<UUID, Row>();
        if (proposed != null) {
            place(placed, proposed.laureates(), "LAUREATE");
            place(placed, proposed.reserve(), "RESERVE");
            place(placed, proposed.notSelected(), "NOT_SELECTED");
        }
        for (WorkflowApi.ReviewedCandidacy candidacy : reviewed) {
            Row row = placed.getOrDefault(candidacy.candidacyId(), new Row());
            row.setCandidacyId(candidacy.candidacyId());
            form.rows.add(row);
        }
        return form;
    }

    private static void place(Map<UUID, Row> placed, List<WorkflowApi.Entry> entries, String place) {
        for (int i = 0; i < entries.size(); i++) {
            var row = new Row();
            row.setPlace(place);
            row.setRank("NOT_SELECTED".equals(place) ? null : String.valueOf(i + 1));
            row.setMotivation(entries.get(i).motivation());
            placed.put(entries.get(i).candidacyId(), row);
        }
    }

    /**
     * Keeps the rows of the candidacies still reviewed, in the order they came, and adds a row for each reviewed
     * candidacy the form lacked (reviewed since the page was shown).
     */
    void keepOnly(List<WorkflowApi.ReviewedCandidacy> reviewed) {
        var ids = reviewed.stream().map(WorkflowApi.ReviewedCandidacy::candidacyId).toList();
        rows.removeIf(row -> row == null || row.getCandidacyId() == null || !ids.contains(row.getCandidacyId()));
        for (UUID id : ids) {
            if (indexOf(id) < 0) {
                var row = new Row();
                row.setCandidacyId(id);
                rows.add(row);
            }
        }
    }

    /** The row's index in the form, by candidacy; -1 when it has none. */
    public int indexOf(UUID candidacyId) {
        for (int i = 0; i < rows.size(); i++) {
            if (candidacyId.equals(rows.get(i).getCandidacyId())) {
                return i;
            }
        }
        return -1;
    }

    /** Whether every rank typed reads as a whole number from 1. */
    List<Integer> unreadableRanks() {
        var unreadable = new ArrayList<Integer>();
        for (int i = 0; i < rows.size(); i++) {
            if (Row.UNREADABLE.equals(rows.get(i).rankNumber())) {
                unreadable.add(i);
            }
        }
        return unreadable;
    }

    /**
     * The list the service is sent, and where each of its entries comes from: laureates and reserve by the ranks
     * typed (rows without a rank after, in the order of the tallies), then those not selected. A row not placed is
     * left out: the service says it is.
     */
    Draft draft() {
        var sources = new LinkedHashMap<String, List<Integer>>();
        var lists = new LinkedHashMap<String, List<WorkflowApi.Entry>>();
        for (String place : PLACES) {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (place.equals(rows.get(i).getPlace()) && rows.get(i).getCandidacyId() != null) {
                    indexes.add(i);
                }
            }
            if (!"NOT_SELECTED".equals(place)) {
                indexes.sort(Comparator.comparingInt((Integer i) -> rows.get(i).rankNumber() == null
                        ? Integer.MAX_VALUE : rows.get(i).rankNumber()).thenComparingInt(i -> i));
            }
            sources.put(LISTS.get(place), indexes);
            lists.put(LISTS.get(place), indexes.stream().map(i -> new WorkflowApi.Entry(rows.get(i).getCandidacyId(),
                    rows.get(i).getMotivation() == null ? "" : rows.get(i).getMotivation().strip())).toList());
        }
        return new Draft(new WorkflowApi.RankedListDraft(lists.get("laureates"), lists.get("reserve"),
                lists.get("notSelected")), sources);
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    /**
     * The list as sent, and for each of the service's lists the form rows its entries come from, so that what the
     * service refuses of {@code reserve[1]} is said at that row.
     */
    record Draft(WorkflowApi.RankedListDraft list, Map<String, List<Integer>> sources) {

        /** The form row of an entry of the service's list, or -1. */
        int rowOf(String list, int index) {
            List<Integer> rows = sources.get(list);
            return rows == null || index < 0 || index >= rows.size() ? -1 : rows.get(index);
        }

        List<Integer> rows(String list) {
            return sources.getOrDefault(list, List.of());
        }
    }

    /** One reviewed candidacy's place in the list. */
    public static class Row {

        static final Integer UNREADABLE = -1;

        private UUID candidacyId;
        private String place;
        private String rank;
        private String motivation;

        /** The rank typed, {@code null} when none, {@link #UNREADABLE} when it is not a whole number from 1. */
        Integer rankNumber() {
            String typed = Desk.blankToNull(rank);
            if (typed == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(typed);
                return number >= 1 ? number : UNREADABLE;
            } catch (NumberFormatException e) {
                return UNREADABLE;
            }
        }

        public UUID getCandidacyId() {
            return candidacyId;
        }

        public void setCandidacyId(UUID candidacyId) {
            this.candidacyId = candidacyId;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getRank() {
            return rank;
        }

        public void setRank(String rank) {
            this.rank = rank;
        }

        public String getMotivation() {
            return motivation;
        }

        public void setMotivation(String motivation) {
            this.motivation = motivation;
        }
    }
}
