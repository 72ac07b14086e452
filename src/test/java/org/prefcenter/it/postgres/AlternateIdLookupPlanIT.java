package org.prefcenter.it.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The lookup at the heart of the service, a profile by (client, alternate id type, value), is served
 * by the unique index on the folded columns, not by a scan, with a hundred thousand profiles present.
 */
class AlternateIdLookupPlanIT {

    private static final int PROFILES = 100_000;

    /**
     * The SQL EclipseLink generates for a lookup by alternate id, parameters inlined: the owner by
     * {@code AlternateId.PROFILE_ID_BY_KEY}, then the profile by primary key, locked.
     */
    private static final String LOOKUP = "SELECT a.profile_ref FROM pc_profile_alternate_id a"
            + " WHERE a.client_ref = -1 AND a.type_key = 'crm' AND a.value_key = 'c-77777';"
            + "SELECT p.* FROM pc_profile p WHERE p.id = -77777 FOR UPDATE";

    @Test
    void theAlternateIdLookupUsesTheUniqueIndex() throws Exception {
        // the same migrations the server applies at start (a no-op when a server already did)
        Flyway.configure().dataSource(PostgresDatabase.URL, PostgresDatabase.USER, PostgresDatabase.PASSWORD)
                .locations("classpath:db/migration").table("pc_schema_history").load().migrate();
        try (Connection db = PostgresDatabase.connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false); // everything below is rolled back: the database keeps nothing of it
            sql.execute("INSERT INTO pc_client VALUES (-1, 'PLAN', 'plan', 'en-US')");
            sql.execute("INSERT INTO pc_profile SELECT -n, -1, 1, true, false, 'Retail', true, true, null, 'F' || n,"
                    + " null, 'L' || n, null, 'en-US', 'plan', now(), 'plan', now() FROM generate_series(1, "
                    + PROFILES + ") n");
            sql.execute("INSERT INTO pc_profile_alternate_id SELECT -n, -n, -1, 0, 'CRM', 'C-' || n, 'crm', 'c-' || n"
                    + " FROM generate_series(1, " + PROFILES + ") n");
            sql.execute("ANALYZE pc_profile");
            sql.execute("ANALYZE pc_profile_alternate_id");

            StringBuilder plan = new StringBuilder();
            for (String statement : LOOKUP.split(";")) {
                try (ResultSet rows = sql.executeQuery("EXPLAIN " + statement)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            db.rollback();
            System.out.println("alternate id lookup with " + PROFILES + " profiles:\n" + plan);
            assertThat(plan.toString())
                    .containsPattern("Index (Only )?Scan using pc_profile_alternate_id_uq on pc_profile_alternate_id")
                    .contains("Index Scan using pc_profile_pkey on pc_profile")
                    .doesNotContain("Seq Scan");
        }
    }
}
