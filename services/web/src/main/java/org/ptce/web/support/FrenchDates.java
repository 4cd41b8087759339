package org.ptce.web.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates as a French person reads them, in Paris time whatever the server's zone: « 15 mars 2027 à 12 h 00 ». Used by
 * the templates as {@code #fr}.
 */
@Component
public class FrenchDates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);

    private final Clock clock;

    public FrenchDates(Clock clock) {
        this.clock = clock;
    }

    /** « 15 mars 2027 à 12 h 00 » (« 1er » for the first of the month, as French writes it). */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return day(instant) + " à " + time(instant);
    }

    /** « 15 mars 2027 ». */
    public String day(Instant instant) {
        if (instant == null) {
            return "";
        }
        var date = instant.atZone(PARIS);
        String day = DAY.format(date);
        return date.getDayOfMonth() == 1 ? "1er" + day.substring(1) : day;
    }

    /** « 14 h 05 ». */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(PARIS));
    }

    /** The machine-readable form, for {@code <time datetime>}. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(PARIS).toOffsetDateTime().toString();
    }

    /** « plus que 3 jours », « plus que 5 heures », « moins d'une heure », or « date passée ». */
    public String timeLeft(Instant deadline) {
        if (deadline == null) {
            return "";
        }
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            return "date passée";
        }
        long days = left.toDays();
        if (days >= 2) {
            return "plus que " + days + " jours";
        }
        long hours = left.toHours();
        if (hours >= 2) {
            return "plus que " + hours + " heures";
        }
        if (hours == 1) {
            return "plus qu'une heure";
        }
        long minutes = Math.max(1, left.toMinutes());
        return minutes == 1 ? "moins d'une minute" : "plus que " + minutes + " minutes";
    }

    /** « 1,2 Mo », « 350 ko »: a document's size. */
    public String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.FRENCH, "%.1f Mo", bytes / (1024.0 * 1024.0));
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " ko";
    }
}
