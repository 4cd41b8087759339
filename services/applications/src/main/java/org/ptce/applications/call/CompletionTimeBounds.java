package org.ptce.applications.call;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How short and how long a call's completion time limit may be ({@code ptce.applications.completion-time.*}): by
 * default a holder gets at least a day, and the admissibility check does not drag on a season. A shorter minimum
 * lets a demonstration or a test see the time run out.
 */
@ConfigurationProperties("ptce.applications.completion-time")
record CompletionTimeBounds(@DefaultValue("P1D") Duration shortest, @DefaultValue("P90D") Duration longest) {

    static final CompletionTimeBounds DEFAULT = new CompletionTimeBounds(Duration.ofDays(1), Duration.ofDays(90));

    boolean allow(Duration completion) {
        return completion.compareTo(shortest) >= 0 && completion.compareTo(longest) <= 0;
    }

    String describe() {
        return "must be between " + shortest + " and " + longest + " (ISO-8601 durations)";
    }
}
