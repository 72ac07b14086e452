package org.prefcenter.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this WAR needs before anything else runs: Flyway applies
 * the scripts under {@code db/migration} that the database has not seen, each once, in order. Several
 * instances starting together are serialised by Flyway's database lock, so exactly one applies them.
 * A deployment whose migration fails does not start. Then it asks which database it reached, so that
 * the first requests need not: asked by them, under load right after a start, the question found no
 * pooled connection free and their PATCHes answered 500.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway commits each migration itself
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/prefcenter")
    DataSource database;

    @Inject
    DatabaseProduct product;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(database)
                .locations("classpath:db/migration")
                .table("pc_schema_history")
                .load()
                .migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "database schema at version " + version + ", " + result.migrationsExecuted + " migration(s) applied now");
        product.isPostgreSql();
    }
}
