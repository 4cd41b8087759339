package org.ptce.web.api;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A service's list read a page at a time: the first page at once, each next one only once the previous is written,
 * so that only one page is held whatever the list's length.
 */
public final class Pages<T> {

    /** A page of a service's list, and how many items the whole list has. */
    public record Page<T>(List<T> items, long totalItems) {
    }

    @FunctionalInterface
    public interface Writer<T, E extends Exception> {
        void write(List<T> items) throws E;
    }

    private final IntFunction<Page<T>> read;
    private final int size;
    private final Page<T> first;

    public Pages(IntFunction<Page<T>> read, int size) {
        this.read = read;
        this.size = size;
        this.first = read.apply(0);
    }

    /** Until a page comes short, or the list's count is reached (an item added since is read too). */
    public <E extends Exception> void forEach(Writer<T, E> writer) throws E {
        Page<T> page = first;
        for (int number = 0; ; number++) {
            writer.write(page.items());
            if (page.items().size() < size || (long) (number + 1) * size >= page.totalItems()) {
                return;
            }
            page = read.apply(number + 1);
        }
    }
}
