package uk.datashares.config;

/** The embedded database is in use by another datashares process. */
public class DatabaseBusyException extends RuntimeException {
    public DatabaseBusyException(String message) {
        super(message);
    }
}
