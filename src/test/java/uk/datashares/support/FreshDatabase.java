package uk.datashares.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A new, empty database on the shared test server, for one child process scenario. */
public final class FreshDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final String url;

    private FreshDatabase(String url) {
        this.url = url;
    }

    public static FreshDatabase create(String purpose) throws SQLException {
        String name = purpose + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        }
        return new FreshDatabase("jdbc:postgresql://localhost:" + TestDatabase.server().getPort() + "/" + name + "?user=postgres");
    }

    public String url() {
        return url;
    }

    public long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Rows of a table, or 0 before the child's Flyway has created it. */
    public long countOrZero(String sql) {
        try {
            return count(sql);
        } catch (SQLException e) {
            return 0;
        }
    }
}
