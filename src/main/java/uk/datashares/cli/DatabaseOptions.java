package uk.datashares.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the database is: an external PostgreSQL server, or the embedded one in the working folder. */
public final class DatabaseOptions {

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of a PostgreSQL server to use instead of the embedded database, e.g."
                    + " jdbc:postgresql://db.example:5432/datashares. Default: $DATASHARES_DB_URL, else the embedded database."
                    + " User and password come from $DATASHARES_DB_USER and $DATASHARES_DB_PASSWORD (or the URL).")
    String dbUrl;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${DATASHARES_HOME:-.datashares}",
            description = "Folder of the embedded database's data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    String url() {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return dbUrl;
        }
        String env = System.getenv("DATASHARES_DB_URL");
        return env == null || env.isBlank() ? null : env;
    }
}
