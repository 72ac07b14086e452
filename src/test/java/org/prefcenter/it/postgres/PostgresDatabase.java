package org.prefcenter.it.postgres;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL database the tests run on, named by the same variables as the server's
 * ({@code PREFCENTER_DB_URL}, {@code PREFCENTER_DB_USER}, {@code PREFCENTER_DB_PASSWORD}).
 */
final class PostgresDatabase {

    static final String URL = required("PREFCENTER_DB_URL");
    static final String USER = required("PREFCENTER_DB_USER");
    static final String PASSWORD = System.getenv().getOrDefault("PREFCENTER_DB_PASSWORD", "");

    private PostgresDatabase() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /**
     * Creates an empty database beside the tests' one, on the same server, and answers its JDBC URL:
     * for instances that must find no schema at all. {@link #drop(String)} removes it.
     */
    static String createEmpty(String suffix) throws SQLException {
        String name = name() + "_" + suffix;
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("drop database if exists " + name);
            sql.execute("create database " + name);
        }
        return URL.replaceFirst("/" + name() + "(?=$|\\?)", "/" + name);
    }

    static void drop(String url) throws SQLException {
        String name = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
        }
    }

    /** The tests' database's name, the last segment of its URL. */
    private static String name() {
        return address().getPath().substring(1);
    }

    /** The database's address, for a proxy to forward to. */
    static URI address() {
        return URI.create(URL.substring("jdbc:".length()));
    }

    /** The same database reached through {@code 127.0.0.1:port} instead. */
    static String urlThrough(int port) {
        URI address = address();
        String rest = address.getRawPath() + (address.getRawQuery() == null ? "" : "?" + address.getRawQuery());
        return "jdbc:postgresql://127.0.0.1:" + port + rest;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: these tests run on PostgreSQL only");
        }
        return value;
    }
}
