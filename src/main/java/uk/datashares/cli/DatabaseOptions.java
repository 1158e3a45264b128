package uk.datashares.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;

import uk.datashares.config.JdbcUrls;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * A usage error, before any work, for a database that cannot be one: a URL that is not a
     * PostgreSQL JDBC URL, or an embedded database's folder that is a file.
     */
    void requireUsable() {
        String url = url();
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new ParameterException(command.commandLine(), "--db-url (or $DATASHARES_DB_URL) " + JdbcUrls.redact(url)
                    + " is not a PostgreSQL JDBC URL; give one such as jdbc:postgresql://host:5432/database");
        }
        if (url == null && Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new ParameterException(command.commandLine(), "--data-dir " + dataDir + " is a file, not a folder for the"
                    + " embedded database");
        }
    }

    String url() {
        if (dbUrl != null && !dbUrl.isBlank()) {
            return dbUrl;
        }
        String env = System.getenv("DATASHARES_DB_URL");
        return env == null || env.isBlank() ? null : env;
    }
}
