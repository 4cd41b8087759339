package org.ptce.launcher;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A tool's options, read by its parser: its usage on {@code --help}, or after a mistake with exit code 2. */
final class CommandLine {

    private CommandLine() {
    }

    /** The options, or nothing when the usage was asked for (the tool then has nothing to do). */
    static <T> Optional<T> parse(String[] args, String usage, Function<String[], T> parser) {
        if (List.of(args).contains("--help")) {
            System.out.print(usage);
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(usage);
            System.exit(2);
            return Optional.empty();
        }
    }
}
