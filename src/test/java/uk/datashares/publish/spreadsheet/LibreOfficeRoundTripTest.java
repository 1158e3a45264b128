package uk.datashares.publish.spreadsheet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.opencsv.CSVReader;

import uk.datashares.publish.tables.EesTableWriter;
import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableSpec;
import uk.datashares.run.EditionOutcome;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;
import uk.datashares.support.DatabaseTest;
import uk.datashares.support.ExternalTool;
import uk.datashares.support.EditionFiles;
import uk.datashares.support.LibreOffice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LibreOffice, run headless as a reader would open the files, reads both release spreadsheets
 * and exports every sheet to CSV: each table sheet must hold exactly the rows and numbers of
 * the release's CSV table, numbers as numbers to every digit and the symbols as [x] and [z].
 * Skipped where LibreOffice is not installed (.ci/run installs it).
 */
class LibreOfficeRoundTripTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    static Path temp;

    static Path release;

    @BeforeEach
    void publishOnce() throws Exception {
        ExternalTool.assumeInstalled(LibreOffice.executable(), "LibreOffice (soffice)");
        if (release != null) {
            return;
        }
        Path input = temp.resolve("input");
        EditionFiles.copy("2022-06", input);
        EditionFiles.copy("2023-09", input);
        RunReport report = quarterlyRun.run(new RunOptions(input, temp.resolve("output"), Optional.empty(), false));
        assertThat(report.editions()).extracting(EditionOutcome::result).containsOnly(EditionOutcome.Result.PUBLISHED);
        release = temp.resolve("output/2023-09/r1");
    }

    @Test
    void odsOpensInLibreOfficeWithTheSameNumbersAsTheCsvTables() throws Exception {
        assertSameAsCsvTables(LibreOffice.sheetsAsCsv(release.resolve("external-data-shares-2023-09-r1.ods"), temp.resolve("ods")));
    }

    @Test
    void xlsxOpensInLibreOfficeWithTheSameNumbersAsTheCsvTables() throws Exception {
        assertSameAsCsvTables(LibreOffice.sheetsAsCsv(release.resolve("external-data-shares-2023-09-r1.xlsx"), temp.resolve("xlsx")));
    }

    private static void assertSameAsCsvTables(Map<String, List<String[]>> sheets) throws Exception {
        List<String> expectedSheets = new ArrayList<>(List.of("Cover", "Contents", "Notes"));
        TableCatalog.ALL.forEach(spec -> expectedSheets.add(spec.sheet()));
        assertThat(sheets.keySet()).containsExactlyInAnyOrderElementsOf(expectedSheets);
        assertThat(sheets.get("Cover").get(0)[0]).isEqualTo("DfE external data shares: September 2023");
        assertThat(sheets.get("Cover").stream().map(r -> r[0])).contains("Official statistics", "data.sharing@education.gov.uk");
        assertThat(sheets.get("Notes").stream().map(r -> r.length > 1 ? r[1] : ""))
                .anyMatch(t -> t.startsWith("[x] means")).anyMatch(t -> t.startsWith("[z] means"));
        for (int i = 0; i < TableCatalog.ALL.size(); i++) {
            TableSpec spec = TableCatalog.ALL.get(i);
            List<String[]> sheet = sheets.get(spec.sheet());
            assertThat(sheet.get(0)[0]).as("title in A1 of " + spec.sheet()).startsWith("Table " + (i + 1) + ": " + spec.title());
            assertTableMatches(spec, sheet.subList(4, sheet.size()), read(release.resolve("tables").resolve(spec.stem() + ".csv")));
        }
    }

    /** The sheet's header and rows against the CSV table's, cell by cell. */
    private static void assertTableMatches(TableSpec spec, List<String[]> sheet, List<String[]> csv) {
        int filters = spec.filters().size();
        int indicators = spec.indicators().size();
        int time = spec.monthly() ? 2 : 0;
        assertThat(sheet.get(0)[0]).as(spec.sheet() + " header").isEqualTo(spec.monthly() ? "Year"
                : spec.filters().isEmpty() ? spec.indicators().get(0).label() : spec.filters().get(0).label());
        assertThat(sheet).as(spec.sheet() + ": header and one row per CSV row").hasSize(csv.size());
        int first = EesTableWriter.MANDATORY.size();
        for (int r = 1; r < csv.size(); r++) {
            String[] expected = csv.get(r);
            String[] actual = sheet.get(r);
            String where = spec.sheet() + " row " + (r + 5) + " " + Arrays.toString(actual);
            assertThat(actual).as(where).hasSize(time + filters + indicators);
            if (spec.monthly()) {
                assertThat(actual[0]).as(where).isEqualTo(expected[0]);
                assertThat(actual[1]).as(where).isEqualTo(expected[1]);
            }
            for (int f = 0; f < filters; f++) {
                assertThat(actual[time + f]).as(where).isEqualTo(expected[first + f]);
            }
            for (int k = 0; k < indicators; k++) {
                String want = expected[first + filters + k];
                String got = actual[time + filters + k];
                if (want.equals("x") || want.equals("z")) {
                    assertThat(got).as(where).isEqualTo("[" + want + "]");
                } else {
                    assertThat(new BigDecimal(got)).as(where + " " + spec.indicators().get(k).column()).isEqualByComparingTo(new BigDecimal(want));
                }
            }
        }
    }

    private static List<String[]> read(Path file) throws Exception {
        try (CSVReader csv = new CSVReader(Files.newBufferedReader(file))) {
            return csv.readAll();
        }
    }
}
