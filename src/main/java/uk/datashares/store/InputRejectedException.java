package uk.datashares.store;

/** Input whose rows contradict each other (numbering a repeated reference gives one the register also lists). */
public class InputRejectedException extends RuntimeException {
    public InputRejectedException(String message) {
        super(message);
    }
}
