package uk.datashares.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.stream.Stream;

import uk.datashares.support.ChildProcess;
import uk.datashares.support.EditionFiles;
import uk.datashares.support.ReleaseFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The job as an operator runs it: on a schedule, and again after editing a mapping table. */
class ScheduledAndRulesChangeTest {

    private static final Duration RUN = Duration.ofMinutes(3);

    @Test
    void theScheduleRunsTheJobAtItsTimesAndLogsEachOutcome(@TempDir Path work) throws Exception {
        EditionFiles.copy("2023-09", work.resolve("input"));
        Files.write(Files.createDirectories(work.resolve("input/2021-03")).resolve("DfE_external_data_shares_March_2021.xlsx"), new byte[0]);

        ChildProcess schedule = ChildProcess.start(work, "schedule", "--cron", "*/2 * * * * *", "--max-runs", "2",
                "--reference", ChildProcess.REFERENCE.toString());

        assertThat(schedule.waitFor(RUN)).as("its runs rejected the empty file: " + schedule.output()).isEqualTo(1);
        assertThat(schedule.stderr()).contains("Next quarterly run at").contains("Scheduled run 1 starting")
                .contains("Scheduled run 1 finished with failures: 1 published, 1 edition(s) or input(s) failed; the next run will try again")
                .contains("Scheduled run 2 finished with failures: 0 published, 1 edition(s) or input(s) failed\n")
                .contains("Stopping after 2 run(s) as asked, 2 of them failed");
        assertThat(schedule.stdout()).contains("published r1").contains("nothing to do");
        assertThat(ReleaseFiles.visible(work.resolve("output/2023-09"))).containsExactly("current", "r1");
    }

    @Test
    void editingAMappingTablePublishesEveryEditionAgainWithNotesSayingSo(@TempDir Path work) throws Exception {
        EditionFiles.copy("2022-06", work.resolve("input"));
        Path reference = Files.createDirectories(work.resolve("jobs/reference"));
        try (Stream<Path> tables = Files.list(ChildProcess.REFERENCE)) {
            for (Path table : tables.toList()) {
                Files.copy(table, reference.resolve(table.getFileName()));
            }
        }
        ChildProcess first = ChildProcess.start(work, "run");
        assertThat(first.waitFor(RUN)).as(first.output()).isZero();

        Files.writeString(reference.resolve("access_routes.csv"),
                Files.readString(reference.resolve("access_routes.csv")).replace("pattern,access_route\n",
                        "pattern,access_route\nsupply via sftp,ONS_SRS\n"));
        ChildProcess second = ChildProcess.start(work, "run");

        assertThat(second.waitFor(RUN)).as(second.output()).isZero();
        assertThat(second.stdout()).contains("2022-06  published      published r2");
        String notes = Files.readString(work.resolve("output/2022-06/r2/revision-notes.md"));
        assertThat(notes).contains("Mapping tables or classification rules changed since r1").contains("Mapping tables and rules: changed")
                .containsPattern("Shares: 0 added, 0 removed, [1-9]\\d* changed");
        ChildProcess third = ChildProcess.start(work, "run");
        assertThat(third.waitFor(RUN)).isZero();
        assertThat(third.stdout()).contains("nothing to do");
    }
}
