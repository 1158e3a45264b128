package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * Failures to write the output that come from where it is written, not from datashares: a full
 * disk or quota, a read-only one.
 */
public final class OutputFailures {

    private static final String[] OF_THE_DISK = {"no space left on device", "disk quota exceeded", "read-only file system"};

    private OutputFailures() {
    }

    /** Whether {@code failure} is such a failure. */
    public static boolean isOfTheDisk(Throwable failure) {
        if (!(failure instanceof IOException) || failure.getMessage() == null) {
            return false;
        }
        String message = failure.getMessage().toLowerCase(Locale.ROOT);
        for (String said : OF_THE_DISK) {
            if (message.contains(said)) {
                return true;
            }
        }
        return false;
    }

    /** What failed and where, in one line: "No space left on device", with the file when the failure names it. */
    public static String describe(IOException failure) {
        if (failure instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (failure instanceof FileSystemException named && named.getFile() != null) {
            String reason = named.getReason() != null ? named.getReason()
                    : failure instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : failure instanceof java.nio.file.FileAlreadyExistsException ? "already exists"
                    : failure instanceof java.nio.file.DirectoryNotEmptyException ? "folder not empty"
                    : failure.getClass().getSimpleName();
            return named.getFile() + ": " + reason;
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
