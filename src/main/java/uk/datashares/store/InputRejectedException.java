package uk.datashares.store;

/** Input whose rows contradict each other (a Home Office month listed twice with different numbers). */
public class InputRejectedException extends RuntimeException {
    public InputRejectedException(String message) {
        super(message);
    }
}
