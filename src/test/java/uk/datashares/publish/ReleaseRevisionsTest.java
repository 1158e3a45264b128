package uk.datashares.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.opencsv.CSVReader;
import com.opencsv.CSVWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import uk.datashares.edition.Edition;
import uk.datashares.run.EditionOutcome;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;
import uk.datashares.support.ReleaseFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Revisions, atomic publishing and deterministic files. */
class ReleaseRevisionsTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    Path input;
    Path output;

    @BeforeEach
    void folders() {
        input = temp.resolve("input");
        output = temp.resolve("output");
    }

    /** Publishes these sample editions from {@code input} to {@code output}; the first one's input folder. */
    private Path published(String edition, String... more) throws Exception {
        Path first = EditionFiles.copy(edition, input);
        for (String other : more) {
            EditionFiles.copy(other, input);
        }
        run(input, output);
        return first;
    }

    @AfterEach
    void noFault() {
        System.clearProperty("datashares.fault");
        uk.datashares.fault.FaultInjection.reset();
    }

    @Test
    void rerunPublishesTheNextRevisionWithNotesAndLeavesTheEarlierOneUntouched() throws Exception {
        Path edition = published("2022-06");
        Map<String, String> r1 = checksums(output.resolve("2022-06/r1"));

        RunReport rerun = quarterlyRun.rerun(Edition.parse("2022-06"), "Check the register after a correction", options(input, output));

        assertThat(rerun.editions()).singleElement().extracting(EditionOutcome::revision).isEqualTo(2);
        assertThat(Files.readSymbolicLink(output.resolve("2022-06/current"))).hasToString("r2");
        assertThat(checksums(output.resolve("2022-06/r1"))).isEqualTo(r1);
        String notes = Files.readString(output.resolve("2022-06/r2/revision-notes.md"));
        assertThat(notes).contains("Check the register after a correction").contains("Nothing changed");
        assertThat(Files.readString(output.resolve("2022-06/r2/manifest.json"))).contains("\"revision\": 2").contains("\"previous_revision\": 1");
        assertListedWithTheirOwnChecksums(output.resolve("2022-06/r1"));
        assertListedWithTheirOwnChecksums(output.resolve("2022-06/r2"));

        RunReport again = run(input, output);
        assertThat(again.editions()).singleElement().extracting(EditionOutcome::result).isEqualTo(EditionOutcome.Result.NOTHING_TO_DO);
        assertThat(revisions(output.resolve("2022-06"))).containsExactly("r1", "r2");
    }

    @Test
    void changedInputPublishesARevisionWhoseNotesGiveTheScaleOfTheChange() throws Exception {
        Path edition = published("2022-06");
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), "Direct supply via SFTP", "ONS SRS");

        RunReport second = run(input, output);

        assertThat(second.editions()).singleElement().extracting(EditionOutcome::revision).isEqualTo(2);
        String notes = Files.readString(output.resolve("2022-06/r2/revision-notes.md"));
        assertThat(notes).contains("Input files changed since r1: DfE_external_data_shares_June_2022_-_DSAP_approved_shares.csv changed")
                .contains("Shares: 0 added, 0 removed, 1 changed")
                .containsPattern("\\| DSAP_APPROVED \\| DS\\d+ \\| changed \\| access_route, route_group, direct_reason, safeguard_level \\|");
        assertThat(notes).containsPattern("Table cells: [1-9]\\d* of \\d+ indicator cells changed");
    }

    @Test
    void aShareWithoutAReferenceWhosePurposeIsCorrectedIsListedRemovedAndAddedWithItsOrganisation() throws Exception {
        String notes = notesAfterCorrecting("Regular_data_shares", "Longitudinal Education Outcomes (LEO) linkage",
                "Longitudinal Education Outcomes (LEO) data linkage");

        assertThat(notes).contains("Shares: 1 added, 1 removed, 0 changed")
                .contains("| section | reference | change | fields changed | organisation | approved on |")
                .containsPattern("\\| REGULAR_AGREEMENT \\| SK-[0-9A-F]{12} \\| removed \\|  \\| HM Revenue and Customs \\| 2015-06-01 \\|")
                .containsPattern("\\| REGULAR_AGREEMENT \\| SK-[0-9A-F]{12} \\| added \\|  \\| HM Revenue and Customs \\| 2015-06-01 \\|")
                .contains("correcting any of those shows it as one share removed and one added");
    }

    @Test
    void manyChangedSharesAreCountedAllAndTheFirstFiftyListedByReference() throws Exception {
        Path edition = published("2022-06");
        Path dsap = EditionFiles.june2022(edition, "DSAP_approved_shares");
        List<String[]> records;
        try (CSVReader reader = new CSVReader(Files.newBufferedReader(dsap))) {
            records = reader.readAll();
        }
        long retitled = records.stream().filter(record -> record[0].startsWith("DS")).peek(record -> record[3] = record[3] + " (retitled)")
                .count();
        try (CSVWriter writer = new CSVWriter(Files.newBufferedWriter(dsap))) {
            writer.writeAll(records);
        }

        run(input, output);

        String notes = Files.readString(output.resolve("2022-06/r2/revision-notes.md"));
        assertThat(retitled).isGreaterThan(50);
        assertThat(notes).contains("Shares: 0 added, 0 removed, " + retitled + " changed")
                .contains("and " + (retitled - 50) + " more (compare the two register.csv files)");
        List<String> listed = notes.lines().filter(line -> line.startsWith("| DSAP_APPROVED |")).toList();
        assertThat(listed).hasSize(50).allSatisfy(line -> assertThat(line).contains("| changed | purpose | "))
                .isSortedAccordingTo(java.util.Comparator.naturalOrder()).first().asString().startsWith("| DSAP_APPROVED | DS00001 |");
    }

    @Test
    void aCorrectedProjectTitleIsAChangeTheNotesReportThoughNoTableCellChanges() throws Exception {
        String notes = notesAfterCorrecting("DSAP_approved_shares", "What works: bullying and wellbeing",
                "What works: bullying and wellbeing at school");

        assertThat(notes).contains("Shares: 0 added, 0 removed, 1 changed").contains("Table cells: 0 of")
                .contains("| DSAP_APPROVED | DS00002 | changed | purpose |").doesNotContain("Nothing changed");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anEditionNoLongerInTheInputStaysPublishedAndTheRunSaysSo(CapturedOutput log) throws Exception {
        Path june = published("2022-06", "2023-09");
        ReleaseFolders.deleteTree(june);

        RunReport without = run(input, output);

        assertThat(without.editions()).extracting(EditionOutcome::edition).containsExactly("2023-09");
        assertThat(Files.readSymbolicLink(output.resolve("2022-06/current"))).hasToString("r1");
        assertThat(log.getOut() + log.getErr()).contains("Edition 2022-06: not in " + input + "; r1 stays current");

        jdbc.update("update edition_release set rules_fingerprint = repeat('0', 64) where edition = '2022-06'");
        run(input, output);
        assertThat(log.getOut() + log.getErr()).contains("Edition 2022-06: not in " + input
                + ", so r1 stays current, made with other mapping tables or rules than this run's");
    }

    @Test
    void anEarlierEditionRevisedWithOtherValuesRepublishesTheNextWhoseChangesAreCountedAgain() throws Exception {
        Path june = published("2022-06", "2023-09");
        assertThat(Files.readString(output.resolve("2022-06/r1/manifest.json"))).contains("\"changes_compared_with\": null");
        assertThat(Files.readString(output.resolve("2023-09/r1/manifest.json"))).contains("\"changes_compared_with\": \"2022-06 r1\"");
        correctAPoliceCount(june);

        RunReport corrected = run(input, output);

        assertThat(corrected.editions()).extracting(EditionOutcome::edition, EditionOutcome::revision)
                .containsExactly(tuple("2022-06", 2), tuple("2023-09", 2));
        String notes = Files.readString(output.resolve("2023-09/r2/revision-notes.md"));
        assertThat(notes).contains("The edition before it changed: r1 counted its changes since the previous edition against"
                        + " 2022-06 r1; 2022-06 is now at r2, against which the changes count differently.")
                .contains("- Input files: unchanged.").contains("Shares: 0 added, 0 removed, 0 changed")
                .contains("- Changes since the previous edition (the edition_changes table) compare with: 2022-06 r2; revision 1"
                        + " compared with 2022-06 r1, so that table can differ where nothing else does.");
        assertThat(run(input, output).editions()).extracting(EditionOutcome::result)
                .containsOnly(EditionOutcome.Result.NOTHING_TO_DO);

        quarterlyRun.rerun(Edition.parse("2023-09"), "Check again", options(input, output));
        assertThat(Files.readString(output.resolve("2023-09/r3/revision-notes.md")))
                .contains("compare with: 2022-06 r2, as in revision 2.").contains("Nothing changed");
    }

    /** Publishes 2022-06, corrects the first {@code from} in one of its sheets, runs again: r2's notes. */
    private String notesAfterCorrecting(String sheet, String from, String to) throws Exception {
        Path edition = published("2022-06");
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, sheet), from, to);
        run(input, output);
        return Files.readString(output.resolve("2022-06/r2/revision-notes.md"));
    }

    /** The data guidance's count of changed shares by the field that differs. */
    private static String changedFields(Path guidance) throws IOException {
        String counts = DataGuidance.changedFieldCounts(guidance);
        assertThat(counts).as(guidance + " counts changed shares by field").isNotEmpty();
        return counts;
    }

    /** A share 2023-09 lists alike, and so counts as unchanged, until 2022-06 is corrected. */
    private static void correctAPoliceCount(Path june) throws IOException {
        EditionFiles.replaceFirst(EditionFiles.june2022(june, "Police"), "Fraud investigation,DPA 2018 Sch 2 para 2 (crime exemption),3",
                "Fraud investigation,DPA 2018 Sch 2 para 2 (crime exemption),30");
    }

    @Test
    void anEarlierEditionRevisedWhereTheNextCountsTheSameChangesLeavesTheNextAsItIs() throws Exception {
        Path june = published("2022-06", "2023-09");
        String counted = Files.readString(output.resolve("2023-09/r1/tables/edition_changes.csv"));
        // DS00006 is "Data shared" in 2022-06 and ended in 2023-09: its status differs before and after the correction.
        EditionFiles.replaceFirst(EditionFiles.june2022(june, "DSAP_approved_shares"),
                "22/05/2018,01/11/2022,,Data shared", "22/05/2018,01/11/2022,,Approved");

        RunReport corrected = run(input, output);

        assertThat(corrected.editions()).extracting(EditionOutcome::edition, EditionOutcome::revision, EditionOutcome::result)
                .containsExactly(tuple("2022-06", 2, EditionOutcome.Result.PUBLISHED), tuple("2023-09", 1, EditionOutcome.Result.NOTHING_TO_DO));
        assertThat(Files.readSymbolicLink(output.resolve("2023-09/current"))).hasToString("r1");
        assertThat(jdbc.queryForObject("select count(*) from changes_still_hold", Long.class)).as("recorded").isOne();
        quarterlyRun.rerun(Edition.parse("2023-09"), "Check again", options(input, output));
        assertThat(Files.readString(output.resolve("2023-09/r2/tables/edition_changes.csv"))).isEqualTo(counted);
        assertThat(changedFields(output.resolve("2023-09/r2/data-guidance.md")))
                .isEqualTo(changedFields(output.resolve("2023-09/r1/data-guidance.md"))).contains("`status` ");
    }

    @Test
    void anEarlierEditionRevisedWhereTheNextCountsTheFieldsDifferentlyRepublishesTheNext() throws Exception {
        Path june = published("2022-06", "2023-09");
        // DS00002 counts as changed before and after (its shared_on differs), but now in access_route too.
        EditionFiles.replaceFirst(EditionFiles.june2022(june, "DSAP_approved_shares"), "Direct supply via SFTP", "ONS SRS");

        RunReport corrected = run(input, output);

        assertThat(corrected.editions()).extracting(EditionOutcome::edition, EditionOutcome::revision)
                .containsExactly(tuple("2022-06", 2), tuple("2023-09", 2));
        assertThat(Files.readString(output.resolve("2023-09/r2/tables/edition_changes.csv")))
                .isEqualTo(Files.readString(output.resolve("2023-09/r1/tables/edition_changes.csv")));
        assertThat(Files.readString(output.resolve("2023-09/r2/data-guidance.md"))).contains("`access_route` 1");
        assertThat(Files.readString(output.resolve("2023-09/r2/revision-notes.md")))
                .contains("Table cells: 0 of").contains("- Findings: ").contains(", as in revision 1.")
                .containsPattern("- Shares counted as changed since the previous edition, by the field that differs \\(in the data"
                        + " guidance\\): [^\\n]*`access_route` 1[^\\n]*; revision 1 gave (?:(?!access_route)[^\\n])*\\.\\n")
                .contains("Every share and every table cell is the same as in revision 1; only what is listed above differs.")
                .doesNotContain("Nothing changed");
    }

    @Test
    void aCorrectionThatAddsAFindingIsCountedByKindInTheNotes() throws Exception {
        Path edition = published("2022-06");
        long before = findings(output.resolve("2022-06/r1/findings.csv"), "UNMAPPED_VALUE");
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), "Direct supply via SFTP", "Carrier pigeon");

        run(input, output);

        String notes = Files.readString(output.resolve("2022-06/r2/revision-notes.md"));
        assertThat(findings(output.resolve("2022-06/r2/findings.csv"), "UNMAPPED_VALUE")).isEqualTo(before + 1);
        assertThat(notes).containsPattern("- Findings: \\d+ where revision 1 had \\d+ \\(UNMAPPED_VALUE " + before + " before, "
                + (before + 1) + " now\\)\\.");
    }

    private static long findings(Path file, String kind) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.contains("," + kind + ",")).count();
        }
    }

    @Test
    void aFindingThatTheChangesStillHoldIsNotCountedAgain() throws Exception {
        Path june = published("2022-06", "2023-09");
        correctAPoliceCount(june);
        quarterlyRun.run(new RunOptions(input, output, Optional.of(Edition.parse("2022-06")), false));
        // As if an earlier run had found 2023-09's changes to count the same against 2022-06 r2 (they do not).
        jdbc.update("insert into changes_still_hold (load_id, baseline_load_id) select s.load_id, j.load_id"
                + " from edition_release s, edition_release j where s.edition = '2023-09' and j.edition = '2022-06' and j.revision = 2");

        assertThat(run(input, output).editions()).extracting(EditionOutcome::edition, EditionOutcome::result)
                .containsExactly(tuple("2022-06", EditionOutcome.Result.NOTHING_TO_DO), tuple("2023-09", EditionOutcome.Result.NOTHING_TO_DO));
    }

    @Test
    void anEarlierEditionRevisedOnlyInTextTheChangesTableIgnoresLeavesTheNextAsItIs() throws Exception {
        Path june = published("2022-06", "2023-09");
        EditionFiles.replaceFirst(EditionFiles.june2022(june, "DSAP_approved_shares"), "What works: bullying and wellbeing",
                "What works: bullying and wellbeing at school");

        RunReport corrected = run(input, output);

        assertThat(corrected.editions()).extracting(EditionOutcome::edition, EditionOutcome::result)
                .containsExactly(tuple("2022-06", EditionOutcome.Result.PUBLISHED), tuple("2023-09", EditionOutcome.Result.NOTHING_TO_DO));
    }

    @Test
    void aBackFilledEarlierEditionRepublishesOnlyTheEditionAfterIt() throws Exception {
        published("2023-09", "2024-12");
        assertThat(Files.readString(output.resolve("2023-09/r1/tables/edition_changes.csv"))).as("every share added")
                .contains(",England,Total,Removed,0\n").contains(",England,Total,Changed,0\n");
        EditionFiles.copy("2022-06", input);

        RunReport backFilled = run(input, output);

        assertThat(backFilled.editions()).extracting(EditionOutcome::edition, EditionOutcome::revision)
                .containsExactly(tuple("2022-06", 1), tuple("2023-09", 2), tuple("2024-12", 1));
        assertThat(backFilled.editions().get(2).result()).isEqualTo(EditionOutcome.Result.NOTHING_TO_DO);
        assertThat(Files.readString(output.resolve("2023-09/r2/revision-notes.md")))
                .contains("r1 counted its changes since the previous edition against no earlier edition (every share added);"
                        + " 2022-06 r1 has been published since, the edition before it now.");
        assertThat(Files.readString(output.resolve("2023-09/r2/manifest.json"))).contains("\"changes_compared_with\": \"2022-06 r1\"");
        assertThat(Files.readString(output.resolve("2023-09/r2/tables/edition_changes.csv")))
                .doesNotContain(",England,Total,Removed,0\n").doesNotContain(",England,Total,Changed,0\n");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aRunOfTheEarlierEditionAloneNamesTheLaterOneToPublishAgain(CapturedOutput log) throws Exception {
        Path june = published("2022-06", "2023-09");
        correctAPoliceCount(june);

        RunReport juneOnly = quarterlyRun.run(new RunOptions(input, output, Optional.of(Edition.parse("2022-06")), false));

        assertThat(juneOnly.editions()).extracting(EditionOutcome::edition).containsExactly("2022-06");
        assertThat(Files.readSymbolicLink(output.resolve("2023-09/current"))).hasToString("r1");
        assertThat(log.getOut() + log.getErr()).contains("Edition 2023-09: the edition before it changed: r1 counted its changes"
                + " since the previous edition against 2022-06 r1; 2022-06 is now at r2, against which the changes count differently. Run without"
                + " --edition to publish it again");
        assertThat(run(input, output).editions()).extracting(EditionOutcome::edition, EditionOutcome::revision)
                .containsExactly(tuple("2022-06", 2), tuple("2023-09", 2));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void anEditionNotInTheInputWhoseEarlierEditionChangedIsNamedWithAWarning(CapturedOutput log) throws Exception {
        Path june = published("2022-06", "2023-09");
        ReleaseFolders.deleteTree(input.resolve("2023-09"));
        correctAPoliceCount(june);

        run(input, output);

        assertThat(log.getOut() + log.getErr()).contains("Edition 2023-09: not in " + input + ", so r1 stays current, though the"
                + " edition before it changed: r1 counted its changes since the previous edition against 2022-06 r1;"
                + " 2022-06 is now at r2, against which the changes count differently. Put its files back");
    }

    @Test
    void aFailureWhilePublishingLeavesCurrentAndEveryFolderAsTheyWere() throws Exception {
        Path edition = published("2022-06");
        Map<String, String> r1 = checksums(output.resolve("2022-06/r1"));
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "DSAP_approved_shares"), "Direct supply via SFTP", "ONS SRS");

        for (String point : List.of("publish-register-written", "publish-files-written", "publish-before-move", "publish-after-move")) {
            System.setProperty("datashares.fault", point + ":fail");
            RunReport failed = run(input, output);
            assertThat(failed.editions()).singleElement().extracting(EditionOutcome::result).isEqualTo(EditionOutcome.Result.FAILED);
            assertThat(Files.readSymbolicLink(output.resolve("2022-06/current"))).as(point).hasToString("r1");
            assertThat(checksums(output.resolve("2022-06/r1"))).as(point).isEqualTo(r1);
            assertThat(visibleEntries(output.resolve("2022-06"))).as(point).contains("r1", "current").doesNotContain("r3");
        }
        System.clearProperty("datashares.fault");
        uk.datashares.fault.FaultInjection.reset();

        RunReport resumed = run(input, output);

        assertThat(resumed.editions()).singleElement().satisfies(e -> {
            assertThat(e.result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
            assertThat(e.revision()).isEqualTo(2);
        });
        assertThat(Files.readSymbolicLink(output.resolve("2022-06/current"))).hasToString("r2");
        assertThat(visibleEntries(output.resolve("2022-06"))).containsExactlyInAnyOrder("r1", "r2", "current");
        assertThat(checksums(output.resolve("2022-06/r1"))).isEqualTo(r1);
    }

    @Test
    void theSameInputAndRulesGiveByteIdenticalFilesApartFromRunTimeAndExecution() throws Exception {
        EditionFiles.copy("2023-09", input);
        run(input, temp.resolve("first"));
        emptyTables();
        run(input, temp.resolve("second"));

        // SPEC §5: apart from the run time and job execution id in the manifest (and so the
        // manifest's line in SHA256SUMS), every file of the release is byte for byte the same,
        // the spreadsheets (zip entries, document properties) and the page included.
        Map<String, Object> first = ReleaseFiles.of(temp.resolve("first"));
        assertThat(first).as("the spreadsheets and the page are compared too").containsKeys("2023-09/r1/index.html",
                "2023-09/r1/external-data-shares-2023-09-r1.ods", "2023-09/r1/external-data-shares-2023-09-r1.xlsx");
        assertThat(ReleaseFiles.of(temp.resolve("second"))).isEqualTo(first);
        Map<String, String> timeSeries = checksums(temp.resolve("first/timeseries"));
        assertThat(checksums(temp.resolve("second/timeseries"))).isEqualTo(timeSeries);
    }

    private RunReport run(Path input, Path output) throws Exception {
        return quarterlyRun.run(options(input, output));
    }

    private static RunOptions options(Path input, Path output) {
        return new RunOptions(input, output, Optional.empty(), false);
    }

    /** SHA256SUMS lists every other file of the release with the checksum of its bytes, as sha256sum -c checks. */
    private static void assertListedWithTheirOwnChecksums(Path release) throws IOException {
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(release.resolve("SHA256SUMS"))) {
            listed.put(line.substring(66), line.substring(0, 64));
        }
        Map<String, String> actual = checksums(release);
        actual.remove("SHA256SUMS");
        assertThat(listed).as(release.toString()).isEqualTo(actual).containsKey("register.csv");
    }

    static Map<String, String> checksums(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sums.put(folder.relativize(file).toString(), Checksums.sha256(file));
            }
        }
        return sums;
    }

    private static List<String> revisions(Path edition) throws IOException {
        try (Stream<Path> entries = Files.list(edition)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches("r\\d+")).sorted().toList();
        }
    }

    private static List<String> visibleEntries(Path edition) throws IOException {
        try (Stream<Path> entries = Files.list(edition)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
