package uk.datashares.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.datashares.support.ChildProcess;
import uk.datashares.support.EditionFiles;
import uk.datashares.support.FreshDatabase;
import uk.datashares.support.ReleaseFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed at any point (kill -9 during ingest, classification or publishing) is resumed by
 * the next run: it finishes from its last commit, stores nothing twice, loses nothing, and
 * publishes the same files as a run that was never interrupted.
 */
class KilledRunResumesTest {

    private static final Duration RUN = Duration.ofMinutes(3);
    /** Small chunks, so a run is killed between commits, not before the first. */
    private static final Map<String, String> SMALL_CHUNKS = Map.of("SPRING_APPLICATION_JSON", "{\"datashares.chunk-size\": 50}");

    private static Map<String, Object> uninterrupted;

    @BeforeAll
    static void runOnceWithoutInterruption(@TempDir Path folder) throws Exception {
        Path work = workingFolder(folder);
        FreshDatabase database = FreshDatabase.create("baseline");
        ChildProcess run = onServer(work, SMALL_CHUNKS, database, "run");
        assertThat(run.waitFor(RUN)).as(run.output()).isZero();
        uninterrupted = ReleaseFiles.of(work.resolve("output"));
        assertThat(uninterrupted).containsKeys("2022-06/r1/register.csv", "2023-09/r1/register.csv");
    }

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {"ingest-after-chunk#3", "classify#700", "publish-register-written#1", "publish-files-written#1",
            "publish-after-move#1", "publish-after-record#1", "publish-after-current#2"})
    void aRunKilledAtAnyPointIsResumedAndPublishesTheSameFiles(String point, @TempDir Path folder) throws Exception {
        Path work = workingFolder(folder);
        FreshDatabase database = FreshDatabase.create("killed");

        ChildProcess killed = onServer(work, env("DATASHARES_FAULT", point + ":halt"), database, "run");
        assertThat(killed.waitFor(RUN)).as("killed like kill -9 at " + point).isEqualTo(137);
        assertNothingHalfPublished(work.resolve("output"));

        ChildProcess resumed = onServer(work, SMALL_CHUNKS, database, "run");
        assertThat(resumed.waitFor(RUN)).as(resumed.output()).isZero();

        assertThat(ReleaseFiles.of(work.resolve("output"))).isEqualTo(uninterrupted);
        assertThat(database.count("select count(*) from share s join edition_load l using (load_id) where l.state = 'COMPLETE'"))
                .as("shares stored once each").isEqualTo(586 + 649);
        assertThat(database.count("select count(*) from edition_release")).isEqualTo(2);
        assertThat(database.strings("select status from batch_job_execution order by job_execution_id desc limit 1"))
                .containsExactly("COMPLETED");
        assertThat(database.count("select count(*) from batch_job_execution where status in ('STARTED', 'STARTING')"))
                .as("no execution is left looking as if it were running").isZero();
    }

    @Test
    void aRunKilledByTheOperatorDuringIngestIsResumed(@TempDir Path folder) throws Exception {
        Path work = workingFolder(folder);
        FreshDatabase database = FreshDatabase.create("sigkill");
        ChildProcess slow = slowRunPastItsFirstChunks(work, database);

        slow.kill();

        ChildProcess resumed = onServer(work, SMALL_CHUNKS, database, "run");
        assertThat(resumed.waitFor(RUN)).as(resumed.output()).isZero();
        assertThat(resumed.stderr()).contains("resuming the run that was interrupted");
        assertThat(ReleaseFiles.of(work.resolve("output"))).isEqualTo(uninterrupted);
        assertThat(database.count("select count(*) from share s join edition_load l using (load_id) where l.state = 'COMPLETE'"))
                .isEqualTo(586 + 649);
    }

    @Test
    void aRunStoppedLikeCtrlCSaysSoAndIsResumed(@TempDir Path folder) throws Exception {
        Path work = workingFolder(folder);
        FreshDatabase database = FreshDatabase.create("stopped");
        ChildProcess slow = slowRunPastItsFirstChunks(work, database);

        slow.stop();

        assertThat(slow.stderr()).contains("datashares: stopped before it finished (interrupted)")
                .doesNotContain("HikariDataSource").doesNotContain("Failed to obtain JDBC Connection");
        assertNothingHalfPublished(work.resolve("output"));
        ChildProcess resumed = onServer(work, SMALL_CHUNKS, database, "run");
        assertThat(resumed.waitFor(RUN)).as(resumed.output()).isZero();
        assertThat(ReleaseFiles.of(work.resolve("output"))).isEqualTo(uninterrupted);
    }

    @Test
    void aKilledRunOnTheEmbeddedDatabaseLeavesItsServerBehindAndTheNextRunStopsItAndResumes(@TempDir Path folder) throws Exception {
        Path work = workingFolder(folder);
        ChildProcess slow = ChildProcess.start(work, env("DATASHARES_FAULT", "ingest-after-chunk:sleep-250"),
                "run", "--reference", ChildProcess.REFERENCE.toString());
        slow.awaitCondition(() -> slow.stderr().contains("step prepare completed"), Duration.ofMinutes(2), "the load to start");
        Thread.sleep(1500);

        slow.kill();
        Path pid = work.resolve(".datashares/db/postmaster.pid");
        assertThat(pid).as("kill -9 leaves the database server running").exists();

        ChildProcess resumed = ChildProcess.start(work, SMALL_CHUNKS, "run", "--reference", ChildProcess.REFERENCE.toString());
        assertThat(resumed.waitFor(RUN)).as(resumed.output()).isZero();
        assertThat(resumed.stderr()).contains("left running by a datashares process that was killed");
        assertThat(ReleaseFiles.of(work.resolve("output"))).isEqualTo(uninterrupted);
    }

    @Test
    void aKilledRerunIsResumedByTheNextRunWithItsReason(@TempDir Path folder) throws Exception {
        Path work = workingFolder(folder);
        FreshDatabase database = FreshDatabase.create("rerun");
        ChildProcess first = onServer(work, SMALL_CHUNKS, database, "run");
        assertThat(first.waitFor(RUN)).as(first.output()).isZero();

        ChildProcess killed = onServer(work, env("DATASHARES_FAULT", "publish-files-written#1:halt"), database, "rerun",
                "--edition", "2022-06", "--reason", "Checked after DfE's correction notice");
        assertThat(killed.waitFor(RUN)).isEqualTo(137);

        ChildProcess resumed = onServer(work, SMALL_CHUNKS, database, "run");
        assertThat(resumed.waitFor(RUN)).as(resumed.output()).isZero();

        assertThat(resumed.stderr()).contains("Edition 2022-06: resuming the rerun that was interrupted");
        assertThat(Files.readSymbolicLink(work.resolve("output/2022-06/current"))).hasToString("r2");
        assertThat(Files.readString(work.resolve("output/2022-06/r2/revision-notes.md"))).contains("Checked after DfE's correction notice");
        assertThat(ReleaseFiles.visible(work.resolve("output/2022-06"))).containsExactly("current", "r1", "r2");
        assertThat(hidden(work.resolve("output/2022-06"))).as("no staging folder left").isEmpty();
        assertThat(database.count("select count(*) from batch_job_execution where status in ('STARTED', 'STARTING')")).isZero();
        assertThat(database.strings("select exit_message from batch_job_execution where status = 'FAILED'")).singleElement()
                .asString().startsWith("interrupted: the process ended before the job finished");
    }

    @Test
    void aKilledRunWhoseFilesChangedSinceIsSetAsideNotLeftRunningAndResumesIfTheyComeBack(@TempDir Path folder) throws Exception {
        Path work = workingFolder(folder);
        FreshDatabase database = FreshDatabase.create("setaside");
        ChildProcess killed = onServer(work, env("DATASHARES_FAULT", "publish-files-written#1:halt"), database, "run");
        assertThat(killed.waitFor(RUN)).isEqualTo(137);
        Path dsap = EditionFiles.june2022(work.resolve("input/2022-06"), "DSAP_approved_shares");
        String original = Files.readString(dsap);
        EditionFiles.replaceFirst(dsap, "Direct supply via SFTP", "Carrier pigeon");

        ChildProcess strict = onServer(work, SMALL_CHUNKS, database, "run", "--strict");
        assertThat(strict.waitFor(RUN)).as(strict.output()).isEqualTo(1);

        assertThat(strict.stderr()).contains("Edition 2022-06: the run interrupted earlier (job execution")
                .contains("is set aside as failed: the edition's files or rules have changed since");
        assertThat(hidden(work.resolve("output/2022-06"))).as("its staging folder is removed").isEmpty();
        assertThat(database.count("select count(*) from batch_job_execution where status in ('STARTED', 'STARTING')")).isZero();

        // The first files back, with nothing published in between: the work set aside is theirs,
        // and it is taken up again from its last commit (an abandoned execution could not be).
        Files.writeString(dsap, original);
        ChildProcess back = onServer(work, SMALL_CHUNKS, database, "run");
        assertThat(back.waitFor(RUN)).as(back.output()).isZero();
        assertThat(back.stderr()).contains("Edition 2022-06: resuming the run that failed");
        // 2023-09 was published by the strict run, before 2022-06: its changes table differs, so only June is compared.
        assertThat(june(ReleaseFiles.of(work.resolve("output")))).isEqualTo(june(uninterrupted));
    }

    /** A run slowed down between chunks, once it has committed some of them. */
    private static ChildProcess slowRunPastItsFirstChunks(Path work, FreshDatabase database) throws IOException, InterruptedException {
        ChildProcess slow = onServer(work, env("DATASHARES_FAULT", "ingest-after-chunk:sleep-250"), database, "run");
        slow.awaitCondition(() -> database.countOrZero("select count(*) from share") >= 150, Duration.ofMinutes(2),
                "some chunks to be committed");
        return slow;
    }

    private static Map<String, Object> june(Map<String, Object> files) {
        Map<String, Object> june = new java.util.TreeMap<>(files);
        june.keySet().removeIf(name -> !name.startsWith("2022-06/"));
        return june;
    }

    private static List<String> hidden(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }

    /** Consumers look at r<N> folders, current links and the time series: nothing there is partial. */
    private static void assertNothingHalfPublished(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return;
        }
        for (String edition : List.of("2022-06", "2023-09")) {
            Path folder = output.resolve(edition);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            for (String entry : ReleaseFiles.visible(folder)) {
                Path revision = folder.resolve(entry);
                if (entry.matches("r\\d+")) {
                    assertThat(revision.resolve("SHA256SUMS")).as("a visible revision is complete").exists();
                    assertThat(revision.resolve("manifest.json")).exists();
                }
            }
        }
    }

    private static Path workingFolder(Path folder) throws IOException {
        Path input = folder.resolve("input");
        EditionFiles.copy("2022-06", input);
        EditionFiles.copy("2023-09", input);
        return folder;
    }

    /** datashares with these arguments, the project's mapping tables and this PostgreSQL server's database. */
    private static ChildProcess onServer(Path work, Map<String, String> environment, FreshDatabase database, String... args)
            throws IOException {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--reference", ChildProcess.REFERENCE.toString(), "--db-url", database.url()));
        return ChildProcess.start(work, environment, all.toArray(String[]::new));
    }

    private static Map<String, String> env(String name, String value) {
        return Map.of(name, value, "SPRING_APPLICATION_JSON", "{\"datashares.chunk-size\": 50}");
    }
}
