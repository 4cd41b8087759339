package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from Maven-distributed binaries (zonky), keeping its data between launches. Unlike in tests, every
 * commit reaches the disk: this data is a person's work.
 */
final class PostgresServer implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private PostgresServer(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    static PostgresServer start(Path dataDirectory, int port, Path logFile) throws IOException {
        Path data = dataDirectory.toAbsolutePath().resolve("postgres");
        ChildProcess.stopLeftover("PostgreSQL", data.resolve("postmaster.pid"));
        Files.createDirectories(data);
        Files.createDirectories(logFile.getParent());
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(dataDirectory.resolve("postgres-binaries").toFile())
                .setPort(port)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky starts PostgreSQL for throwaway test data (-F, no synchronous commit): not for this data.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        return new PostgresServer(postgres, port);
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
