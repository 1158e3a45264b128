package uk.datashares.run;

import java.sql.SQLException;
import java.util.List;

import uk.datashares.ingest.InputFileException;

/** A plain one-line message for a failed job: the most telling cause, never a stack trace. */
final class FailureMessages {

    private FailureMessages() {
    }

    static String of(List<Throwable> failures) {
        if (failures.isEmpty()) {
            return "the job failed without saying why; see the log";
        }
        return of(failures.get(0));
    }

    static String of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InputFileException input) {
                return "rejected input: " + input.getMessage();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t.getClass().getName().startsWith("org.springframework.jdbc")
                    || t.getClass().getName().startsWith("org.springframework.dao")
                    || t.getClass().getName().startsWith("org.springframework.transaction")) {
                return "the database failed during the run (" + root(t).getMessage()
                        + "). Nothing was published; check the database and run again to resume";
            }
        }
        Throwable root = root(failure);
        String message = failure.getMessage() == null ? root.toString() : failure.getMessage();
        if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (" + root.getMessage() + ")";
        }
        return message;
    }

    private static Throwable root(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
