package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The benchmark's profile: a Java Flight Recorder recording in each service over the measured phases, started and
 * dumped with the JDK's {@code jcmd}, then summed up as where each JVM's processor time went: the share of
 * execution samples running in each library and method (or in the JDK's code they called).
 */
final class FlightRecordings {

    private static final String RECORDING = "benchmark";
    private static final long JCMD_TIMEOUT_SECONDS = 60;

    /** A summary of one recording: samples taken, and the libraries and methods they ran in, by count. */
    record Summary(String component, int samples, Map<String, Integer> libraries, Map<String, Integer> methods) {

        List<String> lines(int top) {
            var lines = new ArrayList<String>();
            lines.add(String.format(Locale.ROOT, "%s, %d samples, running in: %s", component, samples,
                    shares(libraries, top)));
            lines.add("  methods: " + shares(methods, top));
            return lines;
        }

        private String shares(Map<String, Integer> counts, int top) {
            var shares = new ArrayList<String>();
            counts.entrySet().stream().limit(top).forEach(entry -> shares.add(String.format(Locale.ROOT,
                    "%s %.0f %%", entry.getKey(), 100.0 * entry.getValue() / Math.max(samples, 1))));
            return String.join(", ", shares);
        }
    }

    private final Map<String, ProcessHandle> processes;
    private final Path directory;

    private FlightRecordings(Map<String, ProcessHandle> processes, Path directory) {
        this.processes = processes;
        this.directory = directory;
    }

    /**
     * Starts a recording in each of these JVMs, with the JDK's default settings (its "profile" ones doubled the
     * services' time) and deeper stacks.
     */
    static FlightRecordings start(Map<String, ProcessHandle> processes, Path directory)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        for (ProcessHandle process : processes.values()) {
            jcmd(process, "JFR.configure", "stackdepth=128");
            jcmd(process, "JFR.start", "name=" + RECORDING, "settings=default");
        }
        return new FlightRecordings(processes, directory);
    }

    /** Stops every recording, writes each into the directory, and sums them up. */
    List<Summary> stop() throws IOException, InterruptedException {
        var summaries = new ArrayList<Summary>();
        for (var each : processes.entrySet()) {
            Path file = directory.resolve(each.getKey() + ".jfr");
            jcmd(each.getValue(), "JFR.stop", "name=" + RECORDING, "filename=" + file.toAbsolutePath());
            summaries.add(summary(each.getKey(), file));
        }
        return summaries;
    }

    static Summary summary(String component, Path recording) throws IOException {
        int samples = 0;
        var libraries = new HashMap<String, Integer>();
        var methods = new HashMap<String, Integer>();
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                var event = file.readEvent();
                if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null
                        || event.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                // The JDK's frames (collections, strings, sockets) are on every stack: each sample goes to the
                // code that called them, the first frame from the top outside the JDK.
                for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                    String type = frame.getMethod().getType().getName();
                    if (!isTheJdks(type)) {
                        libraries.merge(library(type), 1, Integer::sum);
                        methods.merge(method(frame), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        return new Summary(component, samples, byCount(libraries), byCount(methods));
    }

    private static boolean isTheJdks(String type) {
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                || type.startsWith("sun.");
    }

    /** A class's library: its package's first three names, or two for the JDK's own. */
    static String library(String className) {
        String[] names = className.split("\\.");
        if (names.length == 1) {
            return className;
        }
        int kept = names[0].equals("java") || names[0].equals("javax") || names[0].equals("jdk")
                || names[0].equals("sun") ? 2 : 3;
        return String.join(".", Arrays.copyOfRange(names, 0, Math.min(kept, names.length - 1)));
    }

    private static String method(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static Map<String, Integer> byCount(Map<String, Integer> counts) {
        var sorted = new LinkedHashMap<String, Integer>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private static void jcmd(ProcessHandle process, String... command) throws IOException, InterruptedException {
        var arguments = new ArrayList<String>();
        arguments.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        arguments.add(Long.toString(process.pid()));
        arguments.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS) || jcmd.exitValue() != 0
                || output.contains("Could not") || output.contains("Exception")) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed on " + process.pid()
                    + ": " + output.strip());
        }
    }
}
