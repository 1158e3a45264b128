package uk.datashares.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.datashares.config.JdbcUrls;

/**
 * A PostgreSQL server the benchmark runs jobs on instead of the embedded database: each run gets
 * a database of its own, created empty before the run and dropped after it, so runs start alike
 * and nothing is left on the server. It connects as the job does: with the user and password in
 * $DATASHARES_DB_USER and $DATASHARES_DB_PASSWORD when they are set (the child jobs inherit them), or those in the URL.
 */
final class ServerDatabase {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?");

    private final String serverUrl;
    private final String version;

    private ServerDatabase(String serverUrl, String version) {
        this.serverUrl = serverUrl;
        this.version = version;
    }

    /** Connects to the server to check the URL works and to read its version. */
    static ServerDatabase at(String serverUrl) throws SQLException {
        if (!URL.matcher(serverUrl).matches()) {
            throw new IllegalArgumentException("--db-url must be a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database, not "
                    + JdbcUrls.redact(serverUrl));
        }
        try (Connection connection = connect(serverUrl); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return new ServerDatabase(serverUrl, rs.getString(1));
        }
    }

    /** What the report says the jobs ran on. */
    String describe() {
        Matcher url = URL.matcher(JdbcUrls.redact(serverUrl));
        url.matches();
        return "PostgreSQL " + version + " server at " + url.group(1).substring("jdbc:postgresql://".length())
                + ", a fresh database for each run";
    }

    /** Creates an empty database for one run (dropping one left by an earlier, interrupted run); returns its URL. */
    String create(String name) throws SQLException {
        execute("drop database if exists " + name);
        execute("create database " + name);
        return urlOf(name);
    }

    void drop(String name) throws SQLException {
        execute("drop database if exists " + name);
    }

    /** The server URL with its database replaced by this one, its parameters kept. */
    private String urlOf(String name) {
        Matcher url = URL.matcher(serverUrl);
        url.matches();
        return url.group(1) + "/" + name + (url.group(3) == null ? "" : url.group(3));
    }

    private static Connection connect(String url) throws SQLException {
        Properties credentials = new Properties();
        Optional.ofNullable(System.getenv("DATASHARES_DB_USER")).ifPresent(user -> credentials.setProperty("user", user));
        Optional.ofNullable(System.getenv("DATASHARES_DB_PASSWORD")).ifPresent(password -> credentials.setProperty("password", password));
        return DriverManager.getConnection(url, credentials);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
