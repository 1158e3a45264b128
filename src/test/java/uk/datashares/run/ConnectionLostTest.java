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
import java.util.concurrent.CompletableFuture;

import uk.datashares.fault.FaultInjection;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;
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
        Path input = temp.resolve("input");
        Path output = temp.resolve("output");
        EditionFiles.copy("2022-06", input);
        EditionFiles.copy("2023-09", input);
        RunOptions options = new RunOptions(input, output, Optional.empty(), false);
        System.setProperty("datashares.fault", "publish-files-written#1:sleep-3000");

        CompletableFuture<RunReport> running = CompletableFuture.supplyAsync(() -> {
            try {
                return quarterlyRun.run(options);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path written = output.resolve("2022-06/.r1.staging/index.html");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!Files.exists(written) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(written).as("2022-06 written and waiting to be checked").exists();
        endEveryOtherSession();
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

    private static void endEveryOtherSession() throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabase.url(), "postgres", null)) {
            connection.createStatement().execute("select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()");
        }
    }
}
