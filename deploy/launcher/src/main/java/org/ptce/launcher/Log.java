package org.ptce.launcher;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The launcher speaks to the person at the terminal: short timestamped lines, no logging framework noise. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Log() {
    }

    static void info(String message) {
        System.out.println(TIME.format(LocalTime.now()) + "  " + message);
    }

    static void warn(String message) {
        System.out.println(TIME.format(LocalTime.now()) + "  WARNING: " + message);
    }
}
