package uk.datashares.config;

import java.sql.SQLException;
import java.util.Optional;

/** The database server given cannot be connected to, refuses the credentials given, or has no database of the name given. */
public class DatabaseUnreachableException extends RuntimeException {

    public DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The connection failure behind a failed start, if that is what it was: SQL state class 08
     * (connection exception), 28 (invalid authorisation), 3D (no such database) or 57P0x (the
     * server shutting down, starting up, or ending the session), wherever it is in the chain.
     */
    public static Optional<DatabaseUnreachableException> behind(Throwable failure, String url) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                    || sql.getSQLState().startsWith("3D") || sql.getSQLState().startsWith("57P0"))) {
                String reason = (sql.getMessage() == null ? sql.toString() : sql.getMessage().lines().findFirst().orElse("")).strip();
                reason = reason.endsWith(".") ? reason : reason + ".";
                return Optional.of(new DatabaseUnreachableException("cannot connect to the database " + JdbcUrls.redact(url) + ": "
                        + reason + " Check --db-url (or $DATASHARES_DB_URL), that the server is running, and the credentials in"
                        + " $DATASHARES_DB_USER and $DATASHARES_DB_PASSWORD", failure));
            }
        }
        return Optional.empty();
    }
}
