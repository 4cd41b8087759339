package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from Maven-distributed binaries (zonky), keeping its data between launches. Unlike in tests, every
 * commit reaches the disk, and every connection gives a password: this data is a person's work, and each service's
 * role must not be borrowed by another.
 */
final class PostgresServer implements AutoCloseable {

    static final String SUPERUSER = "postgres";
    private static final String HARDENED_MARKER = "# ptce: passwords required";

    private static final Duration CRASHED_PROCESSES_EXIT = Duration.ofSeconds(20);

    private final EmbeddedPostgres postgres;
    private final Path home;
    private final int port;
    private final Path logFile;
    private final String superuserPassword;

    private PostgresServer(EmbeddedPostgres postgres, Path home, int port, Path logFile, String superuserPassword) {
        this.postgres = postgres;
        this.home = home;
        this.port = port;
        this.logFile = logFile;
        this.superuserPassword = superuserPassword;
    }

    static PostgresServer start(Path dataDirectory, int port, Path logFile) throws IOException, SQLException {
        Path home = dataDirectory.toAbsolutePath();
        Path data = home.resolve("postgres");
        Files.createDirectories(data);
        Files.createDirectories(logFile.getParent());
        String superuserPassword = Secrets.keptIn(home.resolve("postgres-superuser-password"), 24);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(home.resolve("postgres-binaries").toFile())
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky starts PostgreSQL for throwaway test data (-F, no synchronous commit): not for this data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setConnectConfig("password", superuserPassword)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        var server = new PostgresServer(postgres, home, port, logFile, superuserPassword);
        server.requirePasswords(data);
        return server;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    String superuserPassword() {
        return superuserPassword;
    }

    /**
     * zonky's initdb trusts every local connection; the first launch gives the superuser its password and from then on
     * requires one from everybody.
     */
    private void requirePasswords(Path data) throws IOException, SQLException {
        Path hba = data.resolve("pg_hba.conf");
        if (Files.readString(hba).contains(HARDENED_MARKER)) {
            return;
        }
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, superuserPassword);
                var statement = connection.createStatement()) {
            statement.execute("alter role " + SUPERUSER + " with password '" + superuserPassword + "'");
            Files.writeString(hba, """
                    %s (written by the launcher)
                    local   all   all                  scram-sha-256
                    host    all   all   127.0.0.1/32   scram-sha-256
                    host    all   all   ::1/128        scram-sha-256
                    """.formatted(HARDENED_MARKER));
            statement.execute("select pg_reload_conf()");
        }
    }

    /** Whether the server's postmaster still runs (a crash or a {@code kill -9} ends it). */
    boolean isAlive() throws IOException {
        return ChildProcess.running(postmasterPidFile(home)).isPresent();
    }

    static Path postmasterPidFile(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().resolve("postgres").resolve("postmaster.pid");
    }

    /**
     * Starts the server again on the same data after its postmaster died: PostgreSQL replays its write-ahead log
     * (crash recovery), so that every transaction it committed is there and none it had not.
     */
    PostgresServer restartAfterCrash() throws IOException, SQLException, InterruptedException {
        // Releases the data directory's lock; stopping the dead postmaster fails, as it should.
        postgres.close();
        awaitCrashedProcessesExit();
        return start(home, port, logFile);
    }

    /**
     * The backends of a dead postmaster end when they notice it is gone; until they have, they hold the old shared
     * memory, and a new postmaster refuses to start. They are known by their working directory, the data directory.
     */
    private void awaitCrashedProcessesExit() throws IOException, InterruptedException {
        Path data = home.resolve("postgres").toRealPath();
        long deadline = System.nanoTime() + CRASHED_PROCESSES_EXIT.toNanos();
        while (true) {
            List<ProcessHandle> left = ProcessHandle.allProcesses().filter(process -> workingIn(process, data))
                    .toList();
            if (left.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                left.forEach(ProcessHandle::destroyForcibly);
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    private static boolean workingIn(ProcessHandle process, Path directory) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd")).equals(directory);
        } catch (IOException | UnsupportedOperationException | SecurityException notReadable) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
