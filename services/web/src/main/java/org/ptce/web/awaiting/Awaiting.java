package org.ptce.web.awaiting;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What awaits a person, as read from the services at {@code readAt}: a section per role, each with its items, and
 * the parts no service could give then (in French: « vos évaluations »).
 */
record Awaiting(String personId, Set<String> roles, List<Section> sections, List<String> unavailable,
        Instant readAt) {

    /** How many things await the person: an item counts the candidacies or networks it stands for. */
    public int count() {
        return sections.stream().flatMap(section -> section.items().stream()).mapToInt(Item::weight).sum();
    }

    /** Whether every service answered: only then is the count the whole of it. */
    public boolean isComplete() {
        return unavailable.isEmpty();
    }

    public boolean isEmpty() {
        return sections.stream().allMatch(section -> section.items().isEmpty());
    }

    /** What awaits the person in one of their roles; {@code complete} unless a service of it did not answer. */
    record Section(String title, List<Item> items, boolean complete) {
    }

    /**
     * One thing to do, as a French sentence: {@code action}, the words of the link to the page where it is done,
     * then its {@code detail} (when, for whom; none when the action says it all).
     *
     * @param late   past its date, or reminded: said in words, first of its section
     * @param due    when it is due, to order the section ({@code null} for none)
     * @param weight how many things it stands for in the count (candidacies to check, networks to follow up)
     */
    record Item(String action, String detail, String href, boolean late, Instant due, int weight) {
    }
}
