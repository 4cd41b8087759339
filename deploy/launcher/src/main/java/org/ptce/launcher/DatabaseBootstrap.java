package org.ptce.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives each service its PostgreSQL role and a schema that role owns, so that no service can read another's tables.
 * Passwords are new at each launch: nothing to keep, nothing to leak from the repository.
 */
final class DatabaseBootstrap {

    static final String DATABASE = "ptce";

    /** A service's database account. */
    record ServiceAccount(String username, String password) {
    }

    private DatabaseBootstrap() {
    }

    /** Creates the platform's database on a server of our own, if it does not exist yet. */
    static void createDatabase(String serverUrl, String user, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        }
    }

    /** Creates or updates the role and schema of each service in the given database. */
    static Map<String, ServiceAccount> prepareServices(String databaseUrl, String adminUser, String adminPassword,
            List<String> services) throws SQLException {
        var accounts = new LinkedHashMap<String, ServiceAccount>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, adminUser, adminPassword);
                var statement = connection.createStatement()) {
            String database = connection.getCatalog();
            for (String service : services) {
                var account = new ServiceAccount(service, Secrets.randomPassword(24));
                statement.execute("""
                        do $$ begin
                          if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login;
                          end if;
                        end $$""".formatted(service));
                statement.execute("alter role %s with login password '%s'".formatted(service, account.password()));
                statement.execute("create schema if not exists %1$s authorization %1$s".formatted(service));
                statement.execute("grant connect on database \"%s\" to %s".formatted(database, service));
                accounts.put(service, account);
            }
        }
        return accounts;
    }
}
