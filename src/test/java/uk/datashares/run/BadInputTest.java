package uk.datashares.run;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.TestFixtures;
import uk.datashares.ingest.ZipBombs;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.EditionFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input, each case beside a good edition in one run: the good edition is published; the
 * bad one gets one clear message naming the file (and sheet, row, header or value where there
 * is one) and what to do, and nothing of it is stored or published.
 */
class BadInputTest extends DatabaseTest {

    private static final String GOOD = "2023-09";

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    private Path input;
    private Path output;

    @BeforeEach
    void aGoodEditionBeside() throws IOException {
        input = temp.resolve("input");
        output = temp.resolve("output");
        EditionFiles.copy(GOOD, input);
    }

    @Test
    void anEmptyFile() throws Exception {
        write("2021-03", "DfE_external_data_shares_March_2021.xlsx", new byte[0]);
        assertRejected("2021-03", "DfE_external_data_shares_March_2021.xlsx", "is empty (0 bytes)", "download or export the file again");
    }

    @Test
    void aTruncatedOds() throws Exception {
        byte[] ods = Files.readAllBytes(TestFixtures.INPUT.resolve("2021-12/DfE_external_data_shares_December_2021.ods"));
        write("2021-12", "DfE_external_data_shares_December_2021.ods", Arrays.copyOf(ods, ods.length / 2));
        assertRejected("2021-12", "DfE_external_data_shares_December_2021.ods", "damaged or truncated");
    }

    @Test
    void aCorruptXlsx() throws Exception {
        byte[] xlsx = Files.readAllBytes(TestFixtures.INPUT.resolve("2024-12/DfE_external_data_shares_December_2024.xlsx"));
        for (int i = xlsx.length / 3; i < xlsx.length / 3 + 2000; i++) {
            xlsx[i] = (byte) (xlsx[i] ^ 0x5A);
        }
        write("2024-12", "DfE_external_data_shares_December_2024.xlsx", xlsx);
        assertRejected("2024-12", "DfE_external_data_shares_December_2024.xlsx", "damaged");
    }

    @Test
    void aTextFileNamedXlsx() throws Exception {
        write("2021-03", "DfE_external_data_shares_March_2021.xlsx", "Organisation,Purpose\nUCL,Research\n".getBytes(StandardCharsets.UTF_8));
        assertRejected("2021-03", "DfE_external_data_shares_March_2021.xlsx", "is not an .xlsx workbook: its content is a text file");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        Path plain = TestFixtures.INPUT.resolve("2024-12/DfE_external_data_shares_December_2024.xlsx");
        Path folder = Files.createDirectories(input.resolve("2024-12"));
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(folder.resolve("DfE_external_data_shares_December_2024.xlsx"))) {
                fs.writeFilesystem(out);
            }
        }
        assertRejected("2024-12", "DfE_external_data_shares_December_2024.xlsx", "protected with a password", "Save an unprotected copy");
    }

    @Test
    void aWorkbookWhoseRequiredColumnIsMissing() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        Path dsap = EditionFiles.june2022(edition, "DSAP_approved_shares");
        Files.writeString(dsap, Files.readString(dsap).replace("DfE reference,", "Notes,"));
        assertRejected("2022-06", "DfE_external_data_shares_June_2022_-_DSAP_approved_shares.csv", "row 4",
                "the required field reference has no column");
    }

    @Test
    void anUnknownHeader() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "Police"), "Reason for request", "Favourite colour");
        assertRejected("2022-06", "DfE_external_data_shares_June_2022_-_Police.csv", "row 4", "column 'Favourite colour'",
                "maps to no field", "header_aliases.csv");
    }

    @Test
    void aReferenceGivenToTwoDifferentRowsIsTwoSharesTheLaterNumberedAsSpec3Says() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        Path dsap = EditionFiles.june2022(edition, "DSAP_approved_shares");
        String ds00002 = Files.readAllLines(dsap).stream().filter(l -> l.startsWith("DS00002,")).findFirst().orElseThrow();
        String laterDate = ds00002.replace("07/05/2018", "08/05/2018");
        // Appended as records 294, 295 (repeating 294 exactly) and 296 (some records of the file span lines).
        Files.writeString(dsap, Files.readString(dsap) + laterDate + "\n" + laterDate + "\n"
                + ds00002.replace("What works: bullying and wellbeing", "What works: attendance") + "\n");

        RunReport report = run();

        assertThat(outcome(report, "2022-06").result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        List<Map<String, String>> register = TestFixtures.readCsv(output.resolve("2022-06/current/register.csv"));
        assertThat(register).filteredOn(share -> share.get("reference").startsWith("DS00002"))
                .extracting(share -> share.get("reference") + " " + share.get("approved_on") + " " + share.get("source_row"))
                .containsExactly("DS00002 2018-05-07 6", "DS00002-2 2018-05-08 294", "DS00002-3 2018-05-08 295",
                        "DS00002-4 2018-05-07 296");
        String sheet = "DfE_external_data_shares_June_2022_-_DSAP_approved_shares";
        assertThat(TestFixtures.readCsv(output.resolve("2022-06/current/findings.csv")))
                .extracting(f -> f.get("source_row") + " " + f.get("kind") + " " + f.get("raw_value") + ": " + f.get("reason"))
                .containsExactly(
                        "294 REPEATED_REFERENCE DS00002: also given to row 6 of sheet '" + sheet + "',"
                                + " which differs in approved_on; a different share, so this one is DS00002-2",
                        "295 DUPLICATE_ROW DS00002: repeats row 294 of sheet '" + sheet + "' in every field; a share of its own"
                                + " as rows given one reference are, so this one is DS00002-3 (if it is listed twice by mistake,"
                                + " correct the register)",
                        "296 REPEATED_REFERENCE DS00002: also given to row 6 of sheet '" + sheet + "',"
                                + " which differs in purpose; a different share, so this one is DS00002-4");
    }

    @Test
    void aReferenceGivenToThousandsOfRowsIsSettledRowByRow() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        Path dsap = EditionFiles.june2022(edition, "DSAP_approved_shares");
        String ds00002 = Files.readAllLines(dsap).stream().filter(l -> l.startsWith("DS00002,")).findFirst().orElseThrow();
        // More rows than a batch of the finaliser: they are streamed while findings are stored.
        StringBuilder appended = new StringBuilder();
        for (int i = 1; i <= 2_500; i++) {
            appended.append(ds00002).append('\n')
                    .append(ds00002.replace("What works: bullying and wellbeing", "What works: bullying and wellbeing part " + i)).append('\n');
        }
        Files.writeString(dsap, Files.readString(dsap) + appended);

        RunReport report = run();

        assertThat(outcome(report, "2022-06").result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        List<Map<String, String>> register = TestFixtures.readCsv(output.resolve("2022-06/current/register.csv"));
        assertThat(register).filteredOn(share -> share.get("reference").startsWith("DS00002"))
                .extracting(share -> share.get("reference") + " " + share.get("purpose"))
                .hasSize(5_001).doesNotHaveDuplicates()
                .contains("DS00002 What works: bullying and wellbeing", "DS00002-2 What works: bullying and wellbeing",
                        "DS00002-3 What works: bullying and wellbeing part 1",
                        "DS00002-5001 What works: bullying and wellbeing part 2500");
        List<Map<String, String>> findings = TestFixtures.readCsv(output.resolve("2022-06/current/findings.csv"));
        assertThat(findings).filteredOn(f -> f.get("kind").equals("DUPLICATE_ROW")).hasSize(2_500)
                .allSatisfy(f -> assertThat(f.get("reason")).startsWith("repeats row 6 of sheet"
                        + " 'DfE_external_data_shares_June_2022_-_DSAP_approved_shares' in every field"));
        assertThat(findings).filteredOn(f -> f.get("kind").equals("REPEATED_REFERENCE")).hasSize(2_500)
                .allSatisfy(f -> assertThat(f.get("reason")).contains("which differs in purpose"));
    }

    @Test
    void aNumberedReferenceThatTheRegisterAlsoListsIsRejected() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        Path dsap = EditionFiles.june2022(edition, "DSAP_approved_shares");
        String ds00002 = Files.readAllLines(dsap).stream().filter(l -> l.startsWith("DS00002,")).findFirst().orElseThrow();
        Files.writeString(dsap, Files.readString(dsap) + ds00002.replace("07/05/2018", "08/05/2018") + "\n"
                + ds00002.replace("DS00002,", "DS00002-2,") + "\n");

        RunReport report = run();

        assertGoodEditionPublished(report);
        assertThat(outcome(report, "2022-06").message()).contains("numbering a repeated reference gave one that the register also lists")
                .contains("DSAP_APPROVED DS00002-2");
        assertNothingKept("2022-06");
    }

    @Test
    void aReferenceRepeatedAlikeIsASecondShareNumberedAsSpec3SaysWithAFinding() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        Path dsap = EditionFiles.june2022(edition, "DSAP_approved_shares");
        String ds00002 = Files.readAllLines(dsap).stream().filter(l -> l.startsWith("DS00002,")).findFirst().orElseThrow();
        Files.writeString(dsap, Files.readString(dsap) + ds00002.replace("DS00002,", "ds 00002,") + "\n");

        RunReport report = run();

        assertThat(outcome(report, "2022-06").result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(TestFixtures.readCsv(output.resolve("2022-06/current/register.csv")))
                .filteredOn(share -> share.get("reference").startsWith("DS00002")).extracting(share -> share.get("reference"))
                .containsExactly("DS00002", "DS00002-2");
        assertThat(TestFixtures.readCsv(output.resolve("2022-06/current/findings.csv"))).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("kind", "DUPLICATE_ROW").containsEntry("raw_value", "DS00002"));
    }

    @Test
    void aHomeOfficeMonthListedTwiceWithDifferentNumbersIsTwoSharesAndTheSeriesTakesTheLastRow() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        Path homeOffice = EditionFiles.june2022(edition, "Home_Office");
        Files.writeString(homeOffice, Files.readString(homeOffice) + "Jul-15,300,40\n");

        RunReport report = run();

        assertThat(outcome(report, "2022-06").result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(julyTwentyFifteen()).extracting(share -> share.get("reference")).hasSize(2)
                .satisfies(refs -> assertThat(refs.get(1)).isEqualTo(refs.get(0) + "-2"));
        assertThat(julyTwentyFifteen()).extracting(share -> share.get("records_shared")).containsExactly("35", "40");
        assertThat(Files.readAllLines(output.resolve("2022-06/current/home_office.csv"))).filteredOn(l -> l.startsWith("2015-07"))
                .containsExactly("2015-07,300,40");
        assertThat(TestFixtures.readCsv(output.resolve("2022-06/current/findings.csv"))).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("kind", "REPEATED_REFERENCE").containsEntry("raw_value", "2015-07")
                .hasEntrySatisfying("reason", reason -> assertThat(reason).contains("row 5").contains("requested 292 there, 300 here")
                        .containsPattern("the Home Office series counts the month once, from row (?!5\\b)\\d+$")));
    }

    @Test
    void aHomeOfficeMonthListedTwiceAlikeIsTwoSharesCountedOnceInTheSeriesWithAFinding() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        Path homeOffice = EditionFiles.june2022(edition, "Home_Office");
        Files.writeString(homeOffice, Files.readString(homeOffice) + "Jul-15,292,35\n");

        RunReport report = run();

        assertThat(outcome(report, "2022-06").result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(julyTwentyFifteen()).extracting(share -> share.get("reference")).hasSize(2)
                .satisfies(refs -> assertThat(refs.get(1)).isEqualTo(refs.get(0) + "-2"));
        assertThat(Files.readAllLines(output.resolve("2022-06/current/home_office.csv"))).filteredOn(l -> l.startsWith("2015-07"))
                .containsExactly("2015-07,292,35");
        assertThat(TestFixtures.readCsv(output.resolve("2022-06/current/findings.csv"))).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("kind", "DUPLICATE_ROW").containsEntry("raw_value", "2015-07"));
    }

    @Test
    void aRepeatedHomeOfficeMonthWithoutItsCountsLeavesTheSeriesTheRowThatHasThem() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        Path homeOffice = EditionFiles.june2022(edition, "Home_Office");
        Files.writeString(homeOffice, Files.readString(homeOffice) + "Jul-15,[x],[x]\n");

        run();

        assertThat(julyTwentyFifteen()).hasSize(2);
        assertThat(Files.readAllLines(output.resolve("2022-06/current/home_office.csv"))).filteredOn(l -> l.startsWith("2015-07"))
                .containsExactly("2015-07,292,35");
        assertThat(TestFixtures.readCsv(output.resolve("2022-06/current/findings.csv"))).singleElement().satisfies(f -> assertThat(f)
                .hasEntrySatisfying("reason", reason -> assertThat(reason).contains("returned 35 there, not recorded here")
                        .endsWith("from row 5")));
    }

    /** The register's Home Office shares for July 2015, in register order. */
    private List<Map<String, String>> julyTwentyFifteen() throws IOException {
        return TestFixtures.readCsv(output.resolve("2022-06/current/register.csv")).stream()
                .filter(share -> share.get("section").equals("HOME_OFFICE") && share.get("approved_on").equals("2015-07-01"))
                .toList();
    }

    @Test
    void anImpossibleDateIsAFindingNamingFileSheetRowAndValueAndStrictRunsStopOnIt() throws Exception {
        Path edition = EditionFiles.copy("2022-06", input);
        EditionFiles.replaceFirst(EditionFiles.june2022(edition, "Police"), "17/04/2018", "31/02/2018");

        RunReport strict = quarterlyRun.run(new RunOptions(input, output, Optional.empty(), true));
        EditionOutcome failed = outcome(strict, "2022-06");
        assertThat(failed.result()).isEqualTo(EditionOutcome.Result.FAILED);
        assertThat(failed.message()).contains("DfE_external_data_shares_June_2022_-_Police.csv").contains("row 5")
                .contains("approved_on").contains("'31/02/2018'");
        assertThat(Files.exists(output.resolve("2022-06/current"))).isFalse();

        RunReport plain = run();
        assertThat(outcome(plain, "2022-06").result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(TestFixtures.readCsv(output.resolve("2022-06/current/findings.csv"))).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("kind", "UNPARSED_DATE").containsEntry("raw_value", "31/02/2018")
                        .containsEntry("source_row", "5").containsEntry("field", "approved_on"));
    }

    @Test
    void aDecompressionBomb() throws Exception {
        Path folder = Files.createDirectories(input.resolve("2021-03"));
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
        ZipBombs.write(folder.resolve("DfE_external_data_shares_March_2021.ods"), parts, new ZipBombs.Bomb("content.xml",
                "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body><office:spreadsheet>"
                        + "<table:table table:name=\"DSAP\">",
                "<table:table-row><table:table-cell/></table:table-row>".repeat(1000), 60_000, "</table:table></office:spreadsheet></office:body></office:document-content>"));
        assertThat(Files.size(folder.resolve("DfE_external_data_shares_March_2021.ods"))).isLessThan(20L << 20);
        assertRejected("2021-03", "DfE_external_data_shares_March_2021.ods", "decompression bomb");
    }

    @Test
    void anEditionWhoseTitleAndFileNameDisagree() throws Exception {
        byte[] ods = Files.readAllBytes(TestFixtures.INPUT.resolve("2021-12/DfE_external_data_shares_December_2021.ods"));
        write("misnamed", "DfE_external_data_shares_June_2021.ods", ods);
        RunReport report = run();
        assertGoodEditionPublished(report);
        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("DfE_external_data_shares_June_2021.ods").contains("title says edition 2021-12")
                .contains("name says 2021-06").contains("--edition"));
        assertNothingKept("2021-12");
        assertNothingKept("2021-06");
    }

    @Test
    void aFileOfAFormatWeDoNotRead() throws Exception {
        write("2021-03", "DfE_external_data_shares_March_2021.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertRejected("2021-03", "DfE_external_data_shares_March_2021.pdf", "is not a format datashares reads", ".ods, .xlsx, .xls or .csv");
    }

    private void assertRejected(String edition, String file, String... phrases) throws Exception {
        RunReport report = run();
        assertGoodEditionPublished(report);
        assertThat(report.exitCode()).isEqualTo(1);
        List<String> messages = report.problems().stream().map(p -> p.where() + ": " + p.message()).toList();
        assertThat(messages).as("one problem for the bad edition").hasSize(1);
        assertThat(messages.get(0)).contains(file);
        for (String phrase : phrases) {
            assertThat(messages.get(0).toLowerCase()).contains(phrase.toLowerCase());
        }
        assertNothingKept(edition);
    }

    private void assertGoodEditionPublished(RunReport report) {
        assertThat(outcome(report, GOOD).result()).isEqualTo(EditionOutcome.Result.PUBLISHED);
        assertThat(output.resolve(GOOD).resolve("current/register.csv")).exists();
    }

    private void assertNothingKept(String edition) {
        assertThat(jdbc.queryForObject("select count(*) from share where edition = ?", Long.class, edition)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from edition_release where edition = ?", Long.class, edition)).isZero();
        assertThat(Files.exists(output.resolve(edition))).isFalse();
    }

    private RunReport run() throws Exception {
        return quarterlyRun.run(new RunOptions(input, output, Optional.empty(), false));
    }

    private static EditionOutcome outcome(RunReport report, String edition) {
        return report.editions().stream().filter(e -> e.edition().equals(edition)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + edition + " in " + report));
    }

    private void write(String folder, String name, byte[] bytes) throws IOException {
        Files.write(Files.createDirectories(input.resolve(folder)).resolve(name), bytes);
    }
}
