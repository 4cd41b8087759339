package org.ptce.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from Maven-distributed binaries (zonky), keeping its data between launches. Unlike in tests, every
 * commit reaches the disk, and every connection gives a password: this data is a person's work, and each service's
 * role must not be borrowed by another.
 */
final class PostgresServer implements AutoCloseable {

    static final String SUPERUSER = "postgres";
    private static final String HARDENED_MARKER = "# ptce: passwords required";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final String superuserPassword;

    private PostgresServer(EmbeddedPostgres postgres, int port, String superuserPassword) {
        this.postgres = postgres;
        this.port = port;
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
        var server = new PostgresServer(postgres, port, superuserPassword);
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

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
