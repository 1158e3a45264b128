package uk.datashares.run;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import uk.datashares.edition.Edition;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** "Nothing to do" is said only when the current release is where consumers look for it. */
class PublishedOutputTest extends DatabaseTest {

    private static final String EDITION = "2022-06";

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    private Path input;
    private Path output;

    @BeforeEach
    void published() throws IOException, java.sql.SQLException {
        input = temp.resolve("input");
        output = temp.resolve("output");
        EditionFiles.copy(EDITION, input);
        assertThat(run(output).editions()).singleElement().extracting(EditionOutcome::result).isEqualTo(EditionOutcome.Result.PUBLISHED);
    }

    @Test
    void aReleaseMissingFromTheOutputFolderIsAFailureThatSaysWhereItWentAndHowToPublishItAgain() throws Exception {
        Path elsewhere = temp.resolve("new-output");

        RunReport report = run(elsewhere);

        EditionOutcome outcome = report.editions().get(0);
        assertThat(outcome.result()).isEqualTo(EditionOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("r1 is up to date in the database, but " + elsewhere.resolve(EDITION).resolve("r1"))
                .contains("is not there").contains("--output").contains("rerun --edition " + EDITION);
        assertThat(report.exitCode()).isEqualTo(1);

        RunReport again = quarterlyRun.rerun(Edition.parse(EDITION), "publish into the new output folder",
                new RunOptions(input, elsewhere, Optional.of(Edition.parse(EDITION)), false));
        assertThat(again.editions().get(0).result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(elsewhere.resolve(EDITION).resolve("current/manifest.json")).exists();
    }

    @Test
    void aDeletedCurrentLinkIsPutBackWhenThereIsNothingElseToDo() throws Exception {
        Path current = output.resolve(EDITION).resolve("current");
        Files.delete(current);

        RunReport report = run(output);

        assertThat(report.editions().get(0).result()).isEqualTo(EditionOutcome.Result.NOTHING_TO_DO);
        assertThat(Files.readSymbolicLink(current)).hasToString("r1");
    }

    private RunReport run(Path to) throws IOException, java.sql.SQLException {
        return quarterlyRun.run(new RunOptions(input, to, Optional.empty(), false));
    }
}
