package com.clintrack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A fresh PostgreSQL database for this test run, dropped when the JVM exits. It comes from
 * Testcontainers when a Docker engine answers, otherwise from the server named by
 * {@code CLINTRACK_TEST_POSTGRES_URL} (a JDBC URL of an administrative database, for example
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}). With neither, the tests are skipped
 * locally, and fail when {@code CI=true}.
 */
public final class PostgresTestDatabase {

    public static final String URL_VARIABLE = "CLINTRACK_TEST_POSTGRES_URL";
    private static final String IMAGE = "postgres:16-alpine";

    /** Where the database lives. */
    public record Coordinates(String url, String username, String password, String source) {
    }

    private static Coordinates coordinates;
    private static String unavailableReason = "";

    private PostgresTestDatabase() {
    }

    public static synchronized boolean available() {
        return get() != null;
    }

    public static String unavailableReason() {
        return unavailableReason;
    }

    /** The database, or null when none can be had here (and CI is not set). */
    public static synchronized Coordinates get() {
        if (coordinates != null) {
            return coordinates;
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            coordinates = new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + IMAGE);
            return coordinates;
        }
        String adminUrl = System.getenv(URL_VARIABLE);
        if (adminUrl != null && !adminUrl.isBlank()) {
            coordinates = createDatabase(adminUrl);
            return coordinates;
        }
        unavailableReason = "No Docker engine and no " + URL_VARIABLE + " set";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("PostgreSQL tests must run in CI: " + unavailableReason);
        }
        return null;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Coordinates createDatabase(String adminUrl) {
        String name = "clintrack_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database on " + adminUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, name)));
        String url = replaceDatabase(adminUrl, name);
        return new Coordinates(url, "", "", URL_VARIABLE + " (database " + name + ")");
    }

    private static void drop(String adminUrl, String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    /** Swaps the database name in a JDBC URL such as jdbc:postgresql://host:5432/postgres?user=x. */
    static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash < "jdbc:postgresql://".length()) {
            throw new IllegalArgumentException("Expected jdbc:postgresql://host:port/database, got " + url);
        }
        return base.substring(0, slash + 1) + database + params;
    }
}
