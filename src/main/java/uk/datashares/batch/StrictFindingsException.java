package uk.datashares.batch;

/** A run told to be strict found data-quality findings, so it publishes nothing. */
public class StrictFindingsException extends RuntimeException {
    public StrictFindingsException(String message) {
        super(message);
    }
}
