package uk.datashares.run;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import uk.datashares.edition.Edition;
import uk.datashares.publish.Checksums;
import uk.datashares.publish.OutputNotOursException;
import uk.datashares.publish.OutputOwnership;
import uk.datashares.publish.ReleaseFolders;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database and the output folder it publishes to belong together, and "nothing to do" is said
 * only when the current release is where consumers look for it.
 */
class PublishedOutputTest extends DatabaseTest {

    private static final String EDITION = "2022-06";

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    private Path input;
    private Path output;

    @BeforeEach
    void published() throws IOException, SQLException {
        input = temp.resolve("input");
        output = temp.resolve("output");
        EditionFiles.copy(EDITION, input);
        assertThat(run(output).editions()).singleElement().extracting(EditionOutcome::result).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(output.resolve(OutputOwnership.MARKER)).isRegularFile();
    }

    @Test
    void aFolderPublishedFromAnotherDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Map<String, String> before = contents(output);
        emptyTables(); // a fresh database: another --db-url or --data-dir, pointed at this folder

        assertThatThrownBy(() -> run(output)).isInstanceOf(OutputNotOursException.class)
                .hasMessageContaining(output + " was published from another database")
                .hasMessageContaining("--db-url or --data-dir").hasMessageContaining("Nothing was read, stored or published");
        assertThatThrownBy(() -> rerun(output)).isInstanceOf(OutputNotOursException.class);

        assertThat(contents(output)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from edition_load", Long.class)).isZero();
    }

    @Test
    void aFolderOfAnotherDatabaseIsRefusedByADatabaseBoundToItsOwn() throws Exception {
        Map<String, String> before = contents(output);
        jdbc.update("update publication_output set output_id = gen_random_uuid(), path = ?", temp.resolve("its-own").toString());

        assertThatThrownBy(() -> run(output)).isInstanceOf(OutputNotOursException.class)
                .hasMessageContaining(output + " was published from another database: this database publishes to " + temp.resolve("its-own"));

        assertThat(contents(output)).isEqualTo(before);
    }

    @Test
    void aFolderOfReleasesFromBeforeFoldersWereMarkedIsRefusedByAnEmptyDatabase() throws Exception {
        Files.delete(output.resolve(OutputOwnership.MARKER));
        Map<String, String> before = contents(output);
        emptyTables();

        assertThatThrownBy(() -> run(output)).isInstanceOf(OutputNotOursException.class)
                .hasMessageContaining("holds releases that this database did not publish (" + EDITION + "/r1)");

        assertThat(contents(output)).isEqualTo(before);
    }

    @Test
    void aDatabaseAndFolderFromBeforeFoldersWereMarkedAreBoundByTheNextRun() throws Exception {
        Files.delete(output.resolve(OutputOwnership.MARKER));
        jdbc.update("delete from publication_output");

        assertThat(run(output).editions().get(0).result()).isEqualTo(EditionOutcome.Result.NOTHING_TO_DO);

        assertThat(output.resolve(OutputOwnership.MARKER)).isRegularFile();
        assertThat(jdbc.queryForObject("select path from publication_output", String.class)).isEqualTo(output.toString());
    }

    @Test
    void aRunStoppedBetweenBindingAndMarkingMarksTheFolderNextTime() throws Exception {
        Files.delete(output.resolve(OutputOwnership.MARKER));

        assertThat(run(output).editions().get(0).result()).isEqualTo(EditionOutcome.Result.NOTHING_TO_DO);

        assertThat(Files.readString(output.resolve(OutputOwnership.MARKER)))
                .contains("output-id " + jdbc.queryForObject("select output_id::text from publication_output", String.class));
    }

    @Test
    void aFreshDatabaseWhoseFolderCannotBeMadeIsNotBoundToIt() throws Exception {
        emptyTables(); // a fresh database
        Path dangling = Files.createSymbolicLink(temp.resolve("dangling"), temp.resolve("nowhere"));

        assertThatThrownBy(() -> run(dangling)).isInstanceOf(IOException.class);

        assertThat(jdbc.queryForObject("select count(*) from publication_output", Long.class)).as("free to publish elsewhere").isZero();
        Path elsewhere = temp.resolve("elsewhere");
        assertThat(run(elsewhere).editions()).singleElement().extracting(EditionOutcome::result).isEqualTo(EditionOutcome.Result.PUBLISHED);
    }

    @Test
    void aRevisionMadeCurrentWhoseIndexCannotBeWrittenSaysSoAndTheNextRunBringsTheIndexUpToDate() throws Exception {
        emptyTables(); // a fresh database, publishing to a folder where the index cannot be written
        Path elsewhere = temp.resolve("elsewhere");
        Files.writeString(Files.createDirectories(elsewhere.resolve("index.html")).resolve("in-the-way"), "x");

        EditionOutcome failed = run(elsewhere).editions().get(0);

        assertThat(failed.result()).isEqualTo(EditionOutcome.Result.FAILED);
        assertThat(failed.message()).startsWith("r1 of " + EDITION + " is published and current, but the time series and the index of"
                + " releases could not be updated (").endsWith("put that right and run again, which brings them up to date");
        assertThat(Files.readSymbolicLink(elsewhere.resolve(EDITION).resolve("current")).toString()).isEqualTo("r1");

        ReleaseFolders.deleteTree(elsewhere.resolve("index.html"));
        assertThat(run(elsewhere).failed()).isFalse();
        assertThat(Files.readString(elsewhere.resolve("index.html"))).as("the index brought up to date").contains(EDITION + "/r1/");
    }

    @Test
    void anotherFolderIsRefusedNamingTheOneThisDatabasePublishesTo() {
        Path elsewhere = temp.resolve("new-output");

        assertThatThrownBy(() -> run(elsewhere)).isInstanceOf(OutputNotOursException.class)
                .hasMessageContaining("This database publishes to " + output + ", not to " + elsewhere)
                .hasMessageContaining("--output " + output);
        assertThatThrownBy(() -> rerun(elsewhere)).isInstanceOf(OutputNotOursException.class);

        assertThat(elsewhere).doesNotExist();
    }

    @Test
    void aMovedFolderIsRecognisedByItsMarker() throws Exception {
        Path moved = Files.move(output, temp.resolve("moved"));

        assertThat(run(moved).editions().get(0).result()).isEqualTo(EditionOutcome.Result.NOTHING_TO_DO);

        assertThat(jdbc.queryForObject("select path from publication_output", String.class)).isEqualTo(moved.toString());
        assertThatThrownBy(() -> run(output)).isInstanceOf(OutputNotOursException.class)
                .hasMessageContaining("This database publishes to " + moved);
    }

    @Test
    void aReleaseMissingFromTheFolderIsAFailureThatSaysHowToPublishItAgain() throws Exception {
        ReleaseFolders.deleteTree(output);

        RunReport report = run(output);

        EditionOutcome outcome = report.editions().get(0);
        assertThat(outcome.result()).isEqualTo(EditionOutcome.Result.FAILED);
        assertThat(outcome.message()).contains("r1 is up to date in the database, but " + output.resolve(EDITION).resolve("r1"))
                .contains("is not there").contains("rerun --edition " + EDITION + " --reason TEXT --input " + input + " --output " + output);
        assertThat(report.exitCode()).isEqualTo(1);

        RunReport again = rerun(output);
        assertThat(again.editions().get(0).result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(output.resolve(EDITION).resolve("current/manifest.json")).exists();
    }

    @Test
    void aDeletedCurrentLinkIsPutBackWhenThereIsNothingElseToDo() throws Exception {
        Path current = output.resolve(EDITION).resolve("current");
        Files.delete(current);

        RunReport report = run(output);

        assertThat(report.editions().get(0).result()).isEqualTo(EditionOutcome.Result.NOTHING_TO_DO);
        assertThat(Files.readSymbolicLink(current)).hasToString("r1");
    }

    private RunReport run(Path to) throws IOException, SQLException {
        return quarterlyRun.run(new RunOptions(input, to, Optional.empty(), false));
    }

    private RunReport rerun(Path to) throws IOException, SQLException {
        return quarterlyRun.rerun(Edition.parse(EDITION), "publish again", new RunOptions(input, to, Optional.of(Edition.parse(EDITION)), false));
    }

    /** Every file and link under a folder with its checksum or target. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                String name = folder.relativize(path).toString();
                if (Files.isSymbolicLink(path)) {
                    found.put(name, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    found.put(name, Checksums.sha256(path));
                }
            }
        }
        return found;
    }
}
