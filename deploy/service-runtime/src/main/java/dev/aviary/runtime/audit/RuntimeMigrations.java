package dev.aviary.runtime.audit;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The runtime's own tables (the audit outbox) migrate with their own Flyway history in the service's
 * schema, so the service's migration numbers stay its own. The service's tables are already there,
 * hence the baseline at version 0.
 */
final class RuntimeMigrations {

    private RuntimeMigrations() {}

    static void apply(DataSource dataSource, String schema) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .table("aviary_runtime_schema_history")
                .locations("classpath:db/aviary-runtime")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
