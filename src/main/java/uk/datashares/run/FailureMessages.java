package uk.datashares.run;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import uk.datashares.batch.StrictFindingsException;
import uk.datashares.ingest.InputFileException;
import uk.datashares.publish.OutputFailures;
import uk.datashares.publish.PublicationRefusedException;
import uk.datashares.publish.ReleaseNotIndexedException;
import uk.datashares.reference.ReferenceTableException;
import uk.datashares.store.InputRejectedException;

/**
 * A plain one-line message for a failed job: the most telling cause, never a stack trace (the
 * run logs one only for a failure it cannot explain, see {@link #isExplained}).
 */
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
        Optional<Throwable> input = causeThat(failure, t -> t instanceof InputFileException);
        if (input.isPresent()) {
            return "rejected input: " + input.get().getMessage();
        }
        Optional<Throwable> connection = causeThat(failure, FailureMessages::isConnectionFailure);
        if (connection.isPresent()) {
            return "the database connection failed during the run (" + connectionFailureCause(connection.get())
                    + "). Nothing was published; check the database and run again: the run resumes from its last commit";
        }
        Optional<Throwable> notIndexed = causeThat(failure, t -> t instanceof ReleaseNotIndexedException);
        if (notIndexed.isPresent()) {
            return notIndexed.get().getMessage();
        }
        Optional<Throwable> disk = causeThat(failure, OutputFailures::isOfTheDisk);
        if (disk.isPresent()) {
            return "the release could not be written (" + OutputFailures.describe((IOException) disk.get())
                    + "); nothing new of this edition was made current. Put that right and run again";
        }
        Throwable root = root(failure);
        String message = failure.getMessage() == null ? root.toString() : failure.getMessage();
        if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (" + root.getMessage() + ")";
        }
        return message;
    }

    /**
     * True for the failures a run reports in its own words (rejected input, a refused
     * publication, a strict run's findings, a lost database, a full or read-only disk): the
     * message says all there is.
     * Anything else is a fault in datashares, whose details belong in a bug report.
     */
    static boolean isExplained(Throwable failure) {
        return causeThat(failure, t -> t instanceof InputFileException || t instanceof InputRejectedException
                || t instanceof PublicationRefusedException || t instanceof StrictFindingsException || t instanceof ReferenceTableException
                || isConnectionFailure(t) || OutputFailures.isOfTheDisk(t)).isPresent();
    }

    /** Whether the database connection failed, anywhere in the chain of causes. */
    static boolean lostConnection(Throwable failure) {
        return causeThat(failure, FailureMessages::isConnectionFailure).isPresent();
    }

    /** The first of {@code failure} and its causes, in that order, that passes {@code test}. */
    private static Optional<Throwable> causeThat(Throwable failure, Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** What the database driver or pool said of a lost connection ("Connection is closed"), in one line. */
    static String connectionFailureCause(Throwable failure) {
        Throwable from = causeThat(failure, FailureMessages::isConnectionFailure).orElse(failure);
        // The deepest cause that says something: a socket's "Broken pipe", the server's FATAL message.
        String said = "";
        for (Throwable t = from; t != null && t.getCause() != t; t = t.getCause()) {
            String line = firstLine(t.getMessage());
            if (!line.isBlank()) {
                said = line;
            }
        }
        return said.isBlank() ? from.getClass().getSimpleName() : said;
    }

    /**
     * Lost or refused connections: SQL state class 08, server shutdown or a terminated session
     * 57P0x, the pool's own word for a connection it closed as broken ("Connection is closed",
     * without a state), or Spring's connection exceptions.
     */
    static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage())) {
            return true;
        }
        String type = t.getClass().getName();
        return t instanceof java.sql.SQLTransientConnectionException
                || type.equals("org.springframework.jdbc.CannotGetJdbcConnectionException")
                || type.equals("org.springframework.transaction.CannotCreateTransactionException")
                || type.equals("org.springframework.dao.DataAccessResourceFailureException");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static Throwable root(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
