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
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.prefcenter.it.Api;
import org.prefcenter.it.ClientFixture;

/**
 * The look-ups by address, {@code GET /{clientId}/Profiles?email=} and {@code ConsentStatus}, are
 * served by the index on (client_ref, channel, value_key) and, for the consent, by the index on
 * pc_consent's element_ref, not by a scan, with a hundred thousand profiles holding an email, a
 * phone and two consents each. As in {@link AlternateIdLookupPlanIT}, the SQL explained is what
 * EclipseLink really sent, taken from the Parse messages a recording proxy kept. One extra server
 * start, on PostgreSQL only.
 */
class ContactLookupPlanIT {

    private static final int PROFILES = 100_000;
    /** A placeholder compared with a column ({@code t0.value_key = $3}), or LIMIT's and OFFSET's. */
    private static final Pattern PARAMETER = Pattern.compile("(?i)(\\w+)\\)*\\s*=\\s*\\$(\\d+)|(LIMIT|OFFSET)\\s+\\$(\\d+)");
    /** The values the plan is asked for, by the column each placeholder is compared with. */
    private static final Map<String, String> VALUES = Map.of("client_ref", "-1", "channel", "'EMAIL'",
            "value_key", "'ada-77777@example.org'", "consent_type", "'MarketingEmail'", "limit", "101",
            "offset", "0");

    @Test
    void theLookupsByAddressTheApplicationSendsUseTheIndexes() throws Exception {
        List<String> sent = statementsOfTheLookups();
        String holders = only(sent, "(?is)select distinct .*profile_ref.* from pc_contact_element .*value_key.*");
        String consents = only(sent, "(?is)select .* from pc_contact_element .*left outer join pc_consent .*");
        System.out.println("the application's look-ups:\n  " + holders + "\n  " + consents);

        try (Connection db = PostgresDatabase.connect(); Statement sql = db.createStatement()) {
            db.setAutoCommit(false); // everything below is rolled back: the database keeps nothing of it
            populate(sql);
            String holdersPlan = plan(sql, "holders", holders);
            String consentsPlan = plan(sql, "consents", consents);
            db.rollback();
            System.out.println("look-ups by address with " + PROFILES + " profiles:\n" + holdersPlan + consentsPlan);
            assertThat(holdersPlan).containsPattern("Index (Only )?Scan using pc_contact_element_value_ix")
                    .doesNotContain("Seq Scan");
            assertThat(consentsPlan).containsPattern("Index (Only )?Scan using pc_contact_element_value_ix")
                    .containsPattern("Index (Only )?Scan using pc_consent_\\w+ on pc_consent")
                    .doesNotContain("Seq Scan").doesNotContain("pc_profile ");
        }
    }

    /** Every profile: an email and a phone; the email a MarketingEmail consent and one of another type. */
    private static void populate(Statement sql) throws Exception {
        sql.execute("INSERT INTO pc_client VALUES (-1, 'PLAN', 'plan', 'en-US')");
        sql.execute("INSERT INTO pc_profile SELECT -n, -1, 1, true, false, 'Retail', true, true, null, 'F' || n,"
                + " null, 'L' || n, null, 'en-US', 'plan', now(), 'plan', now() FROM generate_series(1, " + PROFILES
                + ") n");
        String element = "INSERT INTO pc_contact_element (id, profile_ref, client_ref, channel, list_index,"
                + " contact_type, is_default, is_active, address, value_key, is_mobile) SELECT ";
        sql.execute(element + "-n, -n, -1, 'EMAIL', 0, 'Personal', true, true, 'Ada-' || n || '@Example.org',"
                + " 'ada-' || n || '@example.org', null FROM generate_series(1, " + PROFILES + ") n");
        sql.execute(element + "-" + PROFILES + " - n, -n, -1, 'PHONE', 0, 'Mobile', true, true, '+1201' || (5550000 + n),"
                + " '+1201' || (5550000 + n), true FROM generate_series(1, " + PROFILES + ") n");
        String consent = "INSERT INTO pc_consent (id, element_ref, list_index, consent_type, type_version, status,"
                + " consent_date, is_active, created_by, created_date, modified_by, modified_date) SELECT ";
        sql.execute(consent + "-n, -n, 0, 'MarketingEmail', 1, 'GRANTED', now(), true, 'plan', now(), 'plan', now()"
                + " FROM generate_series(1, " + PROFILES + ") n");
        sql.execute(consent + "-" + PROFILES + " - n, -n, 1, 'Newsletter', 1, 'DENIED', now(), true, 'plan', now(),"
                + " 'plan', now() FROM generate_series(1, " + PROFILES + ") n");
        for (String table : new String[] {"pc_profile", "pc_contact_element", "pc_consent"}) {
            sql.execute("ANALYZE " + table);
        }
    }

    /** Both look-ups through an instance whose every statement is recorded. */
    private static List<String> statementsOfTheLookups() throws Exception {
        URI address = PostgresDatabase.address();
        try (TcpProxy proxy = TcpProxy.recording(address.getHost(), address.getPort() < 0 ? 5432 : address.getPort());
                PayaraInstance instance = PayaraInstance.start("contactplan", unencrypted(
                        PostgresDatabase.urlThrough(proxy.port()))).awaitReady(Duration.ofMinutes(3))) {
            Api api = instance.api();
            ClientFixture client = ClientFixture.create(api, "CPLAN");
            String base = client.clientId + "/";
            expect(api.post(base + "ContactTypes", client.admin, "{\"Name\":\"Personal\",\"Channel\":\"Email\"}"), 201);
            expect(api.post(base + "ConsentTypes", client.admin, "{\"Name\":\"MarketingEmail\",\"Channel\":\"Email\","
                    + "\"Versions\":[{\"Version\":1,\"Text\":{\"en-US\":\"May we?\"}}]}"), 201);
            expect(api.post(base + "Profile", client.editor, "{\"Emails\":[{\"EmailAddress\":\"Ada-77777@Example.org\","
                    + "\"ContactType\":\"Personal\",\"IsDefault\":true,\"Consents\":[{\"ConsentType\":\"MarketingEmail\","
                    + "\"Status\":\"Granted\"}]}]}"), 201);
            Api.Reply found = expect(api.get(base + "Profiles?email=ada-77777%40example.org", client.reader), 200);
            assertThat(found.array()).hasSize(1);
            Api.Reply status = expect(api.get(base + "ConsentStatus?consentType=MarketingEmail&email="
                    + "ada-77777%40example.org", client.reader), 200);
            assertThat(status.json().getString("Status")).isEqualTo("Granted");
            Set<String> statements = new LinkedHashSet<>();
            for (byte[] connection : proxy.sentByClients()) {
                statements.addAll(PostgresWire.parsedStatements(connection));
            }
            return new ArrayList<>(statements);
        }
    }

    private static Api.Reply expect(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    private static String unencrypted(String url) {
        return url + (url.contains("?") ? "&" : "?") + "sslmode=disable";
    }

    private static String only(List<String> statements, String pattern) {
        List<String> matching = statements.stream().filter(statement -> statement.matches(pattern)).distinct().toList();
        assertThat(matching).as("statements sent matching %s, of %s", pattern, statements).hasSize(1);
        return matching.get(0);
    }

    /** EXPLAIN of the statement as sent ($1, $2, ...), its placeholders given the look-up's values. */
    private static String plan(Statement sql, String name, String statement) throws Exception {
        Matcher placeholders = PARAMETER.matcher(statement);
        Map<Integer, String> arguments = new TreeMap<>();
        while (placeholders.find()) {
            String column = placeholders.group(1) != null ? placeholders.group(1) : placeholders.group(3);
            String number = placeholders.group(1) != null ? placeholders.group(2) : placeholders.group(4);
            String value = VALUES.get(column.toLowerCase());
            assertThat(value).as("a value for %s in %s", column, statement).isNotNull();
            arguments.put(Integer.parseInt(number), value);
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
