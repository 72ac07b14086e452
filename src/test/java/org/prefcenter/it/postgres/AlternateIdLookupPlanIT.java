package org.prefcenter.it.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.Api;
import org.prefcenter.it.ClientFixture;

/**
 * The lookup at the heart of the service, a profile by (client, alternate id type, value), is served
 * by the unique index on the folded columns, not by a scan, with a hundred thousand profiles present.
 * The SQL explained is what the application really sends: an instance talks to PostgreSQL through a
 * proxy that keeps what EclipseLink's driver sent, and the statements of a GET and a PATCH by
 * alternate id are taken from its Parse messages (a PATCH finds the owner, then locks its row; a GET
 * reads the profile by its alternate id in one statement). One extra server start (about 10 s), on PostgreSQL only.
 */
class AlternateIdLookupPlanIT {

    private static final int PROFILES = 100_000;
    private static final Pattern PARAMETER = Pattern.compile("(?i)(\\w+)\\)*\\s*=\\s*\\$(\\d+)");
    /** The values the plan is asked for, by the column each placeholder is compared with. */
    private static final Map<String, String> VALUES = Map.of("client_ref", "-1", "type_key", "'crm'",
            "value_key", "'c-77777'", "id", "-77777");

    @Test
    void theAlternateIdLookupTheApplicationSendsUsesTheUniqueIndex() throws Exception {
        List<String> sent = statementsOfALookup();
        // the PATCH's: the owner's id, then its row locked (EclipseLink joins pc_profile for
        // "select a.profile.id": not what a person would type)
        String owner = only(sent, "(?is)select \\w+\\.id from .*pc_profile_alternate_id .*value_key\\)*\\s*=\\s*\\$\\d.*");
        String locked = only(sent, "(?is)select .*from pc_profile where .*id\\s*=.*for update.*");
        // the GET's: the profile by its alternate id in one statement
        String read = only(sent, "(?is)select .*row_version.*pc_profile_alternate_id .*value_key\\)*\\s*=\\s*\\$\\d.*");
        System.out.println("the application's lookups:\n  " + owner + "\n  " + locked + "\n  " + read);

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
            String ownerPlan = plan(sql, "owner", owner);
            String lockedPlan = plan(sql, "locked", locked);
            String readPlan = plan(sql, "read", read);
            db.rollback();
            System.out.println("alternate id lookup with " + PROFILES + " profiles:\n" + ownerPlan + lockedPlan + readPlan);
            assertThat(ownerPlan)
                    .containsPattern("Index (Only )?Scan using pc_profile_alternate_id_uq on pc_profile_alternate_id")
                    .doesNotContain("Seq Scan");
            assertThat(lockedPlan).contains("Index Scan using pc_profile_pkey on pc_profile").doesNotContain("Seq Scan");
            assertThat(readPlan)
                    .containsPattern("Index (Only )?Scan using pc_profile_alternate_id_uq on pc_profile_alternate_id")
                    .contains("Index Scan using pc_profile_pkey on pc_profile").doesNotContain("Seq Scan");
        }
    }

    /** A GET and a PATCH by alternate id through an instance whose every statement is recorded. */
    private static List<String> statementsOfALookup() throws Exception {
        URI address = PostgresDatabase.address();
        try (TcpProxy proxy = TcpProxy.recording(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort());
                PayaraInstance instance = PayaraInstance.start("plan", unencrypted(
                        PostgresDatabase.urlThrough(proxy.port()))).awaitReady(Duration.ofMinutes(3))) {
            Api api = instance.api();
            ClientFixture client = ClientFixture.create(api, "PLAN");
            client.profile(api, "C-77777");
            String path = client.clientId + "/Profile?alternateIdType=crm&alternateId=c-77777";
            assertThat(api.get(path, client.reader).status()).isEqualTo(200);
            Api.Reply patched = api.patch(path, client.editor,
                    "[{\"op\":\"replace\",\"path\":\"/CustomerName/FirstName\",\"value\":\"Planned\"}]");
            assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
            Set<String> statements = new LinkedHashSet<>();
            for (byte[] connection : proxy.sentByClients()) {
                statements.addAll(PostgresWire.parsedStatements(connection));
            }
            return new ArrayList<>(statements);
        }
    }

    private static String unencrypted(String url) {
        return url + (url.contains("?") ? "&" : "?") + "sslmode=disable";
    }

    private static String only(List<String> statements, String pattern) {
        List<String> matching = statements.stream().filter(statement -> statement.matches(pattern)).distinct().toList();
        assertThat(matching).as("statements sent matching %s, of %s", pattern, statements).hasSize(1);
        return matching.get(0);
    }

    /** EXPLAIN of the statement as sent ($1, $2, ...), its placeholders given the lookup's values. */
    private static String plan(Statement sql, String name, String statement) throws Exception {
        Matcher placeholders = PARAMETER.matcher(statement);
        Map<Integer, String> arguments = new java.util.TreeMap<>();
        while (placeholders.find()) {
            String value = VALUES.get(placeholders.group(1).toLowerCase());
            assertThat(value).as("a value for %s in %s", placeholders.group(1), statement).isNotNull();
            arguments.put(Integer.parseInt(placeholders.group(2)), value);
        }
        sql.execute("PREPARE " + name + " AS " + statement);
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = sql.executeQuery("EXPLAIN EXECUTE " + name + "(" + String.join(", ", arguments.values())
                + ")")) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }
}
