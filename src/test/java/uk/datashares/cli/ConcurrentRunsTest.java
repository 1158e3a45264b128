package uk.datashares.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.datashares.support.ChildProcess;
import uk.datashares.support.EditionFiles;
import uk.datashares.support.FreshDatabase;
import uk.datashares.support.ReleaseFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Two runs started at once publish each revision exactly once, and never share the embedded database. */
class ConcurrentRunsTest {

    private static final Duration RUN = Duration.ofMinutes(3);

    @Test
    void twoRunsOnOneDatabasePublishEachRevisionOnceTheSecondWaits(@TempDir Path work) throws Exception {
        EditionFiles.copy("2022-06", work.resolve("input"));
        EditionFiles.copy("2023-09", work.resolve("input"));
        FreshDatabase database = FreshDatabase.create("concurrent");
        String[] run = {"run", "--reference", ChildProcess.REFERENCE.toString(), "--db-url", database.url()};

        ChildProcess first = ChildProcess.start(work, run);
        ChildProcess second = ChildProcess.start(work, run);

        assertThat(first.waitFor(RUN)).as(first.output()).isZero();
        assertThat(second.waitFor(RUN)).as(second.output()).isZero();
        assertThat(count("published r1", first.stdout() + second.stdout())).as(first.stdout() + second.stdout()).isEqualTo(2);
        assertThat(count("nothing to do  r1 is up to date", first.stdout() + second.stdout())).isEqualTo(2);
        assertThat(first.stderr() + second.stderr()).contains("Another datashares run is using this database; waiting");
        assertThat(database.count("select count(*) from edition_release")).isEqualTo(2);
        assertThat(ReleaseFiles.visible(work.resolve("output/2022-06"))).containsExactly("current", "r1");
        assertThat(ReleaseFiles.visible(work.resolve("output/2023-09"))).containsExactly("current", "r1");
    }

    @Test
    void aSecondProcessOnTheEmbeddedDatabaseGetsAClearErrorAndTheFirstCompletes(@TempDir Path work) throws Exception {
        EditionFiles.copy("2023-09", work.resolve("input"));
        String[] run = {"run", "--reference", ChildProcess.REFERENCE.toString()};
        ChildProcess first = ChildProcess.start(work, java.util.Map.of("DATASHARES_FAULT", "ingest-after-chunk:sleep-2000"), run);
        first.awaitCondition(() -> first.stderr().contains("Database: embedded"), Duration.ofMinutes(1), "the embedded database to start");

        ChildProcess second = ChildProcess.start(work, run);

        assertThat(second.waitFor(RUN)).isEqualTo(1);
        assertThat(second.stderr()).contains("is in use by another datashares process").contains("Wait for that run to finish");
        assertThat(first.waitFor(RUN)).as(first.output()).isZero();
        assertThat(Files.readSymbolicLink(work.resolve("output/2023-09/current"))).hasToString("r1");
    }

    private static int count(String text, String in) {
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(in);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
