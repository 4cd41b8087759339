package org.ptce.web.process;

import java.time.Duration;

/**
 * A lead time as a French reader takes it in at a glance: « 2 j 4 h », « 3 h 15 min », « 35 min ». Coarser units
 * only: past a day the minutes say nothing, past an hour the seconds.
 */
final class LeadTimeWords {

    private LeadTimeWords() {
    }

    static String of(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long minutes = duration.toMinutes();
        if (minutes < 1) {
            return "moins d'une minute";
        }
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        if (days > 0) {
            return days + " j" + (hours > 0 ? " " + hours + " h" : "");
        }
        long minutesPart = duration.toMinutesPart();
        if (hours > 0) {
            return hours + " h" + (minutesPart > 0 ? " " + minutesPart + " min" : "");
        }
        return minutes + " min";
    }
}
