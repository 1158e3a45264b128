package uk.datashares.publish;

/** The output folder was published from another database, or this database publishes to another folder: nothing is done. */
public class OutputNotOursException extends RuntimeException {
    public OutputNotOursException(String message) {
        super(message);
    }
}
