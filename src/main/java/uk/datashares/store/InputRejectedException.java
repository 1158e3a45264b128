package uk.datashares.store;

/** Input whose rows contradict each other (a reference given twice with different content). */
public class InputRejectedException extends RuntimeException {
    public InputRejectedException(String message) {
        super(message);
    }
}
