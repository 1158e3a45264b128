package uk.datashares.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import uk.datashares.support.ChildProcess;
import uk.datashares.support.EditionFiles;
import uk.datashares.support.ReleaseFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database going away mid-run fails the job with a clear message and publishes nothing;
 * once the database is back, the next run completes from where the first one stopped.
 */
class DatabaseOutageTest {

    private static final Duration RUN = Duration.ofMinutes(3);

    @Test
    void theJobFailsClearlyPublishesNothingAndTheNextRunCompletes(@TempDir Path folder) throws Exception {
        Path work = folder.resolve("work");
        EditionFiles.copy("2022-06", work.resolve("input"));
        EditionFiles.copy("2023-09", work.resolve("input"));
        Path data = folder.resolve("pgdata");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/postgres?user=postgres";
        ChildProcess run = ChildProcess.start(work, Map.of("DATASHARES_FAULT", "ingest-after-chunk:sleep-300",
                "SPRING_APPLICATION_JSON", "{\"datashares.chunk-size\": 50}"), "run", "--reference", ChildProcess.REFERENCE.toString(),
                "--db-url", url);
        run.awaitCondition(() -> shares(url) >= 100, Duration.ofMinutes(2), "some chunks to be committed");

        server.close();

        assertThat(run.waitFor(RUN)).isEqualTo(1);
        assertThat(run.output()).contains("database connection failed").contains("run again");
        // The report still says what became of each edition, without waiting for the database once more per edition.
        assertThat(run.stdout()).containsPattern("2022-06 +FAILED +the database connection failed during the run")
                .containsPattern("2023-09 +FAILED +not processed: the database connection failed before it")
                .contains("Done: 0 published, 0 unchanged (nothing to do), 2 failed.");
        assertThat(Files.exists(work.resolve("output/2022-06/current"))).isFalse();
        assertThat(Files.exists(work.resolve("output/2022-06/r1"))).isFalse();

        EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        try {
            String again = "jdbc:postgresql://localhost:" + restarted.getPort() + "/postgres?user=postgres";
            ChildProcess next = ChildProcess.start(work, "run", "--reference", ChildProcess.REFERENCE.toString(), "--db-url", again);
            assertThat(next.waitFor(RUN)).as(next.output()).isZero();
            assertThat(next.stdout()).contains("published r1: 586 shares").contains("published r1: 649 shares");
            assertThat(ReleaseFiles.visible(work.resolve("output/2022-06"))).containsExactly("current", "r1");
        } finally {
            restarted.close();
        }
    }

    private static long shares(String url) {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet rs = connection.createStatement().executeQuery("select count(*) from share")) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return 0;
        }
    }
}
