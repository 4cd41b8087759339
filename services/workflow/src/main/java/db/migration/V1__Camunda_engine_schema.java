package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The Camunda 7.24 engine's tables, created by our migrations rather than by the engine at start-up, from the very
 * scripts the engine ships. An engine upgrade adds a migration that runs its
 * {@code org/camunda/bpm/engine/db/upgrade/postgres_engine_7.24_to_<next>.sql}.
 */
public class V1__Camunda_engine_schema extends BaseJavaMigration {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.postgres.create.";
    // The order the engine itself creates them in.
    private static final String[] PARTS = {"engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history"};

    @Override
    public void migrate(Context context) throws SQLException {
        if (engineTablesExist(context)) {
            // A database whose engine made its own tables, as before this migration existed: adopted as it is.
            return;
        }
        for (String part : PARTS) {
            ScriptUtils.executeSqlScript(context.getConnection(), new ClassPathResource(SCRIPTS + part + ".sql"));
        }
    }

    private static boolean engineTablesExist(Context context) throws SQLException {
        try (var statement = context.getConnection().createStatement();
                var result = statement.executeQuery("select to_regclass('act_ge_property') is not null")) {
            return result.next() && result.getBoolean(1);
        }
    }
}
