package org.ptce.web.process;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Lead times as horizontal bars on one scale, the slowest of the chart's rows filling it: a bar to the median, a
 * mark at the slowest, and the numbers in words beside them (the bars say nothing the words do not).
 */
record LeadTimeChart(List<Bar> bars) {

    /** The scale's length, in the bars' own units (the template stretches it to the row). */
    static final int SCALE = 1000;

    static LeadTimeChart of(List<Row> rows) {
        long longest = rows.stream().map(Row::slowest).filter(Objects::nonNull).mapToLong(Duration::toMillis).max()
                .orElse(0);
        return new LeadTimeChart(rows.stream().map(row -> bar(row, longest)).toList());
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    private static Bar bar(Row row, long longest) {
        boolean measured = row.median() != null && row.slowest() != null && longest > 0;
        long median = measured ? Math.max(4, Math.round((double) row.median().toMillis() / longest * SCALE)) : 0;
        long slowest = measured ? Math.round((double) row.slowest().toMillis() / longest * SCALE) : 0;
        return new Bar(row.label(), measured, String.valueOf(Math.min(median, SCALE)),
                String.valueOf(Math.max(0, Math.min(slowest, SCALE) - 6)), LeadTimeWords.of(row.median()),
                LeadTimeWords.of(row.slowest()), row.count());
    }

    /** What a bar is drawn from: its label, its median and slowest lead time, and what they were measured on. */
    record Row(String label, Duration median, Duration slowest, String count) {
    }

    /**
     * A drawn bar: {@code medianWidth} and {@code slowestX} on the {@link #SCALE}; nothing to draw when not
     * {@code measured}.
     */
    record Bar(String label, boolean measured, String medianWidth, String slowestX, String median, String slowest,
            String count) {
    }
}
