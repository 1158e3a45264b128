package uk.datashares.run;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import uk.datashares.edition.Edition;
import uk.datashares.fault.FaultInjection;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;
import uk.datashares.support.ReleaseFiles;
import uk.datashares.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The database ends the run's sessions (a server restart, an administrator) while the database
 * itself stays up: the run takes its lock again, resumes the edition under way from its last
 * commit at once, and goes on; nothing is left for the next run.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConnectionLostTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    @AfterEach
    void noFault() {
        System.clearProperty("datashares.fault");
        FaultInjection.reset();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void sessionsEndedMidEditionAreResumedAtOnceAndTheEditionIsPublished(CapturedOutput log) throws Exception {
        Path output = temp.resolve("output");
        RunOptions options = runOf("2022-06", "2023-09");
        System.setProperty("datashares.fault", "publish-files-written#1:sleep-3000");

        CompletableFuture<RunReport> running = inTheBackground(() -> quarterlyRun.run(options));
        awaitThenEndSessions(output.resolve("2022-06/.r1.staging/index.html"), Instant.EPOCH);
        RunReport report = running.get();

        assertThat(report.editions()).extracting(EditionOutcome::edition, EditionOutcome::result, EditionOutcome::revision)
                .containsExactly(tuple("2022-06", EditionOutcome.Result.PUBLISHED, 1), tuple("2023-09", EditionOutcome.Result.PUBLISHED, 1));
        assertThat(log.getOut() + log.getErr()).contains("Edition 2022-06: the database connection failed (")
                .contains("the database answers again, so the edition is resumed from its last commit")
                .doesNotContain("Nothing was published");
        assertThat(Files.readSymbolicLink(output.resolve("2022-06/current"))).hasToString("r1");
        assertThat(output.resolve("2022-06/r1/register.csv")).exists();
        assertThat(Files.readString(output.resolve("2023-09/current/manifest.json"))).contains("\"changes_compared_with\": \"2022-06 r1\"");
        assertThat(jdbc.queryForObject("select e.status from batch_job_execution e join batch_job_execution_params p"
                + " on p.job_execution_id = e.job_execution_id where p.parameter_name = 'edition' and p.parameter_value = '2022-06'"
                + " order by e.job_execution_id desc limit 1", String.class)).as("2022-06's job finished").isEqualTo("COMPLETED");
        System.clearProperty("datashares.fault");

        assertThat(quarterlyRun.run(options).editions()).extracting(EditionOutcome::result)
                .containsOnly(EditionOutcome.Result.NOTHING_TO_DO);
    }

    @Test
    void aRerunWhoseSessionsEndIsResumedAtOnceAndPublishesOneRevision() throws Exception {
        Path output = temp.resolve("output");
        RunOptions options = runOf("2022-06");
        quarterlyRun.run(options);
        System.setProperty("datashares.fault", "publish-files-written#1:sleep-3000");

        CompletableFuture<RunReport> rerun = inTheBackground(() -> quarterlyRun.rerun(Edition.parse("2022-06"), "Checked again", options));
        awaitThenEndSessions(output.resolve("2022-06/.r2.staging/index.html"), Instant.EPOCH);

        assertThat(rerun.get().editions()).extracting(EditionOutcome::result, EditionOutcome::revision)
                .containsExactly(tuple(EditionOutcome.Result.PUBLISHED, 2));
        assertThat(ReleaseFiles.visible(output.resolve("2022-06"))).containsExactlyInAnyOrder("current", "r1", "r2");
        assertThat(Files.readString(output.resolve("2022-06/r2/manifest.json"))).contains("Checked again");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void sessionsEndedTwiceInOneEditionStopTheRunBeforeTheEditionsThatCountAgainstIt(CapturedOutput log) throws Exception {
        Path output = temp.resolve("output");
        RunOptions options = runOf("2022-06", "2023-09");
        // Each chunk stored waits, uncommitted, before its commit: the sessions are ended then, twice.
        System.setProperty("datashares.fault", "ingest-after-chunk:sleep-2000");

        CompletableFuture<RunReport> running = inTheBackground(() -> quarterlyRun.run(options));
        awaitAChunkThenEndSessions();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!(log.getOut() + log.getErr()).contains("the database answers again") && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        awaitAChunkThenEndSessions();
        RunReport report = running.get();

        assertThat(report.editions()).extracting(EditionOutcome::edition, EditionOutcome::result)
                .containsExactly(tuple("2022-06", EditionOutcome.Result.FAILED), tuple("2023-09", EditionOutcome.Result.FAILED));
        assertThat(report.editions().get(1).message()).startsWith("not processed: the database connection failed before it");
        assertThat(output.resolve("2023-09")).doesNotExist();
        System.clearProperty("datashares.fault");

        // Every share: the chunk whose commit failed is read again, though the step's saved position had moved past it.
        assertThat(quarterlyRun.run(options).editions())
                .extracting(EditionOutcome::edition, EditionOutcome::result, EditionOutcome::revision, EditionOutcome::shares)
                .containsExactly(tuple("2022-06", EditionOutcome.Result.PUBLISHED, 1, 586L),
                        tuple("2023-09", EditionOutcome.Result.PUBLISHED, 1, 649L));
    }

    /** A run of these sample editions, from {@code input} to {@code output} in the test's folder. */
    private RunOptions runOf(String... editions) throws Exception {
        for (String edition : editions) {
            EditionFiles.copy(edition, temp.resolve("input"));
        }
        return new RunOptions(temp.resolve("input"), temp.resolve("output"), Optional.empty(), false);
    }

    private static CompletableFuture<RunReport> inTheBackground(Callable<RunReport> run) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return run.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Waits for a staged file written after {@code after}, then ends every session but its own. */
    private static void awaitThenEndSessions(Path staged, Instant after) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!(Files.exists(staged) && Files.getLastModifiedTime(staged).toInstant().isAfter(after)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(staged).as("staged and waiting to be checked").exists();
        endEveryOtherSession();
    }

    /** Waits for a chunk stored and counted, not yet committed (its session idle in its transaction), then ends every session. */
    private static void awaitAChunkThenEndSessions() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), "postgres", null)) {
            while (Instant.now().isBefore(deadline)) {
                var rs = connection.createStatement().executeQuery("select count(*) from pg_stat_activity where datname ="
                        + " current_database() and state = 'idle in transaction' and query ilike 'update edition_load set items_committed%'");
                rs.next();
                if (rs.getLong(1) > 0) {
                    break;
                }
                Thread.sleep(20);
            }
        }
        assertThat(Instant.now()).as("a chunk waited to be committed").isBefore(deadline);
        endEveryOtherSession();
    }

    private static void endEveryOtherSession() throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), "postgres", null)) {
            connection.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()");
        }
    }
}
