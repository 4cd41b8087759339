package org.ptce.platform.database;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Migrates the platform's own tables (outbox, inbox) before the service's, each set with its own history table, so
 * that the platform's migrations and a service's evolve without their version numbers ever meeting.
 */
@AutoConfiguration(before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
public class PlatformDatabaseAutoConfiguration {

    static final String PLATFORM_MIGRATIONS = "classpath:db/platform";
    static final String PLATFORM_HISTORY_TABLE = "platform_schema_history";

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy platformTablesFirst() {
        return serviceMigrations -> {
            Flyway.configure()
                    .configuration(serviceMigrations.getConfiguration())
                    .locations(PLATFORM_MIGRATIONS)
                    .table(PLATFORM_HISTORY_TABLE)
                    .load()
                    .migrate();
            serviceMigrations.migrate();
        };
    }
}
