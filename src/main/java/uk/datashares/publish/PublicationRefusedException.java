package uk.datashares.publish;

/** A release that failed its checks before publication; nothing of it was published. */
public class PublicationRefusedException extends RuntimeException {
    public PublicationRefusedException(String message) {
        super(message);
    }
}
