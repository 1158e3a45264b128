package uk.datashares.reference;

/** A mapping table that cannot be used: names the file, the line and what is wrong. */
public class ReferenceTableException extends RuntimeException {
    public ReferenceTableException(String message) {
        super(message);
    }

    public ReferenceTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
