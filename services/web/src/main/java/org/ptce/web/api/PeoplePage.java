package org.ptce.web.api;

import java.util.List;

/** One page of the people a coordinator looks for, ordered by display name; {@code page} counts from 0. */
public record PeoplePage(List<Person> items, int page, int size, long totalItems) {

    public List<Person> items() {
        return items == null ? List.of() : items;
    }

    /** How many pages the people found make: one at least, even when none was found. */
    public int totalPages() {
        return size <= 0 || totalItems <= 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
    }
}
