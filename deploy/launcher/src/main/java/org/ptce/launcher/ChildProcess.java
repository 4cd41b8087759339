package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server the launcher runs in a process of its own: its output goes to a log file, its pid to a pid file, so that a
 * launcher killed without its shutdown leaves nothing running that the next launch cannot find and stop.
 */
final class ChildProcess {

    // Started in a session of their own, the children do not receive the terminal's Ctrl-C: the launcher stops them
    // itself, in order (services, then the broker).
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path pidFile) {
        this.name = name;
        this.process = process;
        this.pidFile = pidFile;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workingDir,
            Path logFile, Path pidFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(pidFile.getParent());
        var fullCommand = new ArrayList<String>();
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        var builder = new ProcessBuilder(fullCommand)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new ChildProcess(name, process, pidFile);
    }

    /** The java command of the JVM running the launcher: the children run on the same Java. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Asks the process to stop (SIGTERM), and kills it if it has not within the grace period. */
    void stop(Duration grace) {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    Log.warn(name + " did not stop within " + grace.toSeconds() + " s: killing it");
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // The pid file only serves the next launch; a stale one names a dead process.
        }
    }

    /** Kills the process now, as a crash would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The live process whose pid is on the first line of the given file (a pid file, PostgreSQL's postmaster.pid). */
    static Optional<ProcessHandle> running(Path pidFile) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String firstLine = Files.readString(pidFile).lines().findFirst().orElse("").strip();
        try {
            return ProcessHandle.of(Long.parseLong(firstLine)).filter(ProcessHandle::isAlive);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops what a previous launch left running under the given pid file, if it still runs and its command line is
     * still the one expected there (a pid may have been given to another program since).
     */
    static void stopLeftover(String name, Path pidFile, String commandMarker) throws IOException {
        running(pidFile)
                .filter(handle -> handle.info().commandLine().orElse("").contains(commandMarker))
                .ifPresent(handle -> {
                    Log.warn("Stopping " + name + " left running by a previous launch (pid " + handle.pid() + ")");
                    handle.destroy();
                    try {
                        handle.onExit().get(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        handle.destroyForcibly();
                    }
                });
    }
}
