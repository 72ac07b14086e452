package org.prefcenter.bench;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The benchmark's own PostgreSQL database, beside the one PREFCENTER_DB_URL names (which is never
 * touched): dropped and created anew by each run, filled with SQL (generate_series), never through
 * the API. It also runs the raw-JDBC equivalent of a PATCH, the limit the service is compared with.
 */
final class BenchDatabase {

    /** Ids far above what the application's sequence hands out, so bulk rows never collide with it. */
    static final long PROFILE_IDS = 1_000_000_000L;
    private static final long ALTERNATE_ID_IDS = 2_000_000_000L;
    private static final long CUSTOM_FIELD_IDS = 3_000_000_000L;
    private static final long DEFINITION_IDS = 5_000_000_000L;
    private static final long WIDE_PROFILE_IDS = 6_000_000_000L;
    private static final long WIDE_FIELD_IDS = 7_000_000_000L;

    final String url;
    final String user;
    final String password;

    private BenchDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Drops and creates database {@code name} on the server that {@code serverUrl} points to. */
    static BenchDatabase recreate(String serverUrl, String user, String password, String name) throws SQLException {
        URI address = URI.create(serverUrl.substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + address.getHost() + ":" + (address.getPort() < 0 ? 5432 : address.getPort())
                + "/" + name;
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password);
                Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            sql.execute("CREATE DATABASE " + name);
        }
        return new BenchDatabase(url, user, password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    String version() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement();
                ResultSet version = sql.executeQuery("SHOW server_version")) {
            version.next();
            return "PostgreSQL " + version.getString(1);
        }
    }

    long clientRef(String clientId) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT id FROM pc_client WHERE client_key = ?")) {
            query.setString(1, clientId.toLowerCase());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * Profiles {@code from} (inclusive) to {@code to} (exclusive) of the client, as the API would store
     * them: Ada Lovelace, CRM id {@code C-n}, custom fields Tier = Gold and Note = hello.
     */
    void loadProfiles(long client, long from, long to) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            String series = " FROM generate_series(" + from + ", " + (to - 1) + ") AS n";
            sql.execute("INSERT INTO pc_profile (id, client_ref, row_version, is_active, registration_confirmed,"
                    + " customer_type, preserve_consents, preserve_preferences, first_name, last_name, default_locale,"
                    + " created_by, created_date, modified_by, modified_date)"
                    + " SELECT " + PROFILE_IDS + " + n, " + client + ", 1, true, false, 'Retail', true, true, 'Ada',"
                    + " 'Lovelace', 'en-US', 'bench', localtimestamp, 'bench', localtimestamp" + series);
            sql.execute("INSERT INTO pc_profile_alternate_id (id, profile_ref, client_ref, list_index, id_type,"
                    + " id_value, type_key, value_key)"
                    + " SELECT " + ALTERNATE_ID_IDS + " + n, " + PROFILE_IDS + " + n, " + client
                    + ", 0, 'CRM', 'C-' || n, 'crm', 'c-' || n" + series);
            sql.execute("INSERT INTO pc_profile_custom_field (id, profile_ref, list_index, name, name_key, field_value)"
                    + " SELECT " + CUSTOM_FIELD_IDS + " + 2 * n + f.i, " + PROFILE_IDS + " + n, f.i, f.name,"
                    + " lower(f.name), f.value" + series
                    + " CROSS JOIN (VALUES (0, 'Tier', 'Gold'), (1, 'Note', 'hello')) AS f (i, name, value)");
            sql.execute("ANALYZE");
        }
    }

    /**
     * Text custom field definitions F0001..F{count} for the client. Behind the service's back, so
     * before any profile request for this client has read its configuration.
     */
    void defineCustomFields(long client, int count) throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO pc_custom_field_definition (id, client_ref, name, name_key, data_type, max_length)"
                    + " SELECT " + DEFINITION_IDS + " + n, " + client + ", 'F' || lpad(n::text, 4, '0'),"
                    + " 'f' || lpad(n::text, 4, '0'), 'TEXT', 4000 FROM generate_series(1, " + count + ") AS n");
        }
    }

    /** A profile of the client with CRM id {@code W-fields} and custom fields F0001..F{fields}. */
    void loadWideProfile(long client, int fields) throws SQLException {
        long id = WIDE_PROFILE_IDS + fields;
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO pc_profile (id, client_ref, row_version, is_active, registration_confirmed,"
                    + " customer_type, preserve_consents, preserve_preferences, first_name, last_name, default_locale,"
                    + " created_by, created_date, modified_by, modified_date) VALUES (" + id + ", " + client
                    + ", 1, true, false, 'Retail', true, true, 'Ada', 'Lovelace', 'en-US', 'bench', localtimestamp,"
                    + " 'bench', localtimestamp)");
            sql.execute("INSERT INTO pc_profile_alternate_id (id, profile_ref, client_ref, list_index, id_type,"
                    + " id_value, type_key, value_key) VALUES (" + (ALTERNATE_ID_IDS - fields) + ", " + id + ", "
                    + client + ", 0, 'CRM', 'W-" + fields + "', 'crm', 'w-" + fields + "')");
            sql.execute("INSERT INTO pc_profile_custom_field (id, profile_ref, list_index, name, name_key, field_value)"
                    + " SELECT " + (WIDE_FIELD_IDS + fields * 10_000L) + " + n, " + id + ", n - 1,"
                    + " 'F' || lpad(n::text, 4, '0'), 'f' || lpad(n::text, 4, '0'), 'value ' || n"
                    + " FROM generate_series(1, " + fields + ") AS n");
            sql.execute("ANALYZE");
        }
    }

    /**
     * The least a PATCH by alternate id must do, by hand on one connection: find the profile by its
     * folded alternate id, write the profile row (name, Edited, version) and one custom field, commit.
     */
    ClosedLoop.Call rawPatch(long client, long profiles, int thread, int threads) throws SQLException {
        Connection connection = connect();
        connection.setAutoCommit(false);
        PreparedStatement find = connection.prepareStatement("SELECT p.id, p.row_version FROM pc_profile p"
                + " JOIN pc_profile_alternate_id a ON a.profile_ref = p.id"
                + " WHERE a.client_ref = ? AND a.type_key = ? AND a.value_key = ?");
        PreparedStatement profile = connection.prepareStatement("UPDATE pc_profile SET first_name = ?,"
                + " modified_by = 'bench', modified_date = localtimestamp, row_version = row_version + 1"
                + " WHERE id = ? AND row_version = ?");
        PreparedStatement field = connection.prepareStatement(
                "UPDATE pc_profile_custom_field SET field_value = ? WHERE profile_ref = ? AND name_key = 'note'");
        return new JdbcCall(connection) {
            @Override
            public String send() throws SQLException {
                long n = Service.pick(profiles, thread, threads);
                find.setLong(1, client);
                find.setString(2, "crm");
                find.setString(3, ("C-" + n).toLowerCase());
                long id;
                long version;
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next()) {
                        connection.rollback();
                        return "no profile C-" + n;
                    }
                    id = row.getLong(1);
                    version = row.getLong(2);
                }
                profile.setString(1, "Ada-" + ThreadLocalRandom.current().nextInt());
                profile.setLong(2, id);
                profile.setLong(3, version);
                field.setString(1, "note-" + ThreadLocalRandom.current().nextInt());
                field.setLong(2, id);
                if (profile.executeUpdate() != 1 || field.executeUpdate() != 1) {
                    connection.rollback();
                    return "concurrent update of C-" + n;
                }
                connection.commit();
                return null;
            }
        };
    }

    private abstract static class JdbcCall implements ClosedLoop.Call, AutoCloseable {
        private final Connection connection;

        JdbcCall(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
