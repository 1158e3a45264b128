package uk.datashares.run;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import uk.datashares.ingest.InputFileException;
import uk.datashares.store.InputRejectedException;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed job is said in one line; only a failure datashares cannot explain is a bug to report in detail. */
class FailureMessagesTest {

    @Test
    void badInputAndALostDatabaseAreExplainedWhereverTheyAreInTheChain() {
        assertThat(FailureMessages.isExplained(new InputRejectedException("reference DS1 appears twice"))).isTrue();
        assertThat(FailureMessages.isExplained(new IllegalStateException("step failed",
                new InputFileException("a.csv", "a", 3, null, "bad", null)))).isTrue();
        assertThat(FailureMessages.isExplained(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
    }

    @Test
    void aConnectionThePoolClosedOrTheServerEndedIsALostConnection() {
        // Spring's TransactionSystemException ("JDBC rollback failed") around the pool's closed connection.
        RuntimeException rollbackFailed = new RuntimeException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(FailureMessages.lostConnection(rollbackFailed)).isTrue();
        assertThat(FailureMessages.connectionFailureCause(rollbackFailed)).isEqualTo("Connection is closed");
        assertThat(FailureMessages.of(rollbackFailed)).startsWith("the database connection failed during the run (Connection is closed)");
        assertThat(FailureMessages.lostConnection(new SQLException("FATAL: terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(FailureMessages.lostConnection(new SQLException("Connection is closed", "42601"))).isFalse();
    }

    @Test
    void aFaultInDatasharesIsNotExplained() {
        assertThat(FailureMessages.isExplained(new NullPointerException())).isFalse();
        assertThat(FailureMessages.isExplained(new RuntimeException(new SQLException("syntax error", "42601")))).isFalse();
    }

    @Test
    void aFullOrReadOnlyDiskIsExplainedAndSaysWhereWithoutBlamingDatashares() {
        RuntimeException full = new RuntimeException("step failed", new java.io.IOException("No space left on device"));
        assertThat(FailureMessages.isExplained(full)).isTrue();
        assertThat(FailureMessages.of(full)).isEqualTo("the release could not be written (No space left on device); nothing new of this"
                + " edition was made current. Put that right and run again");
        java.nio.file.FileSystemException readOnly = new java.nio.file.FileSystemException("/srv/out/2023-09/.r2.staging", null,
                "Read-only file system");
        assertThat(FailureMessages.of(readOnly)).contains("(/srv/out/2023-09/.r2.staging: Read-only file system)");
    }

    @Test
    void aRevisionMadeCurrentWhoseIndexCouldNotBeUpdatedSaysSo() {
        var failure = new uk.datashares.publish.ReleaseNotIndexedException("2021-12", 1, new java.io.IOException("No space left on device"));
        assertThat(FailureMessages.isExplained(failure)).isTrue();
        assertThat(FailureMessages.of(new RuntimeException(failure))).isEqualTo("r1 of 2021-12 is published and current, but the time"
                + " series and the index of releases could not be updated (No space left on device); put that right and run again,"
                + " which brings them up to date");
        var missing = new uk.datashares.publish.ReleaseNotIndexedException("2021-12", 1,
                new java.nio.file.NoSuchFileException("/out/2021-12/r1/tables/shares_by_dataset.meta.csv"));
        assertThat(FailureMessages.isExplained(missing)).as("a fault of datashares, whose details belong in a bug report").isFalse();
        assertThat(FailureMessages.of(missing)).contains("(/out/2021-12/r1/tables/shares_by_dataset.meta.csv: no such file or folder)");
    }

    @Test
    void rejectedInputIsSaidAsRejected() {
        assertThat(FailureMessages.of(new RuntimeException(new InputFileException("a.csv", "a", 3, null, "bad", null))))
                .isEqualTo("rejected input: file a.csv, sheet 'a', row 3: bad");
    }
}
