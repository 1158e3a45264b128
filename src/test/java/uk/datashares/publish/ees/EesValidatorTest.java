package uk.datashares.publish.ees;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.datashares.publish.ees.EesCheck.FILE_MISSING;
import static uk.datashares.publish.ees.EesCheck.INDICATOR_VALUE;

class EesValidatorTest {

    private final EesValidator validator = new EesValidator();

    static List<String> exampleStems() {
        return EesExamples.STEMS;
    }

    @ParameterizedTest
    @MethodSource("exampleStems")
    void everyExamplePassesWithNoProblem(String stem) {
        EesReport report = validator.validate(EesExamples.data(stem), EesExamples.meta(stem));
        assertThat(report.problems()).as(report.summary()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.passedStrictly()).isTrue();
    }

    @Test
    void theExamplesFolderPasses() {
        EesReport report = validator.validateFolder(EesExamples.folder());
        assertThat(report.problems()).as(report.summary()).isEmpty();
        assertThat(report.summary()).isEqualTo("EES check passed: no problems");
    }

    @Test
    void theTestTablesPass(@TempDir Path folder) {
        assertThat(TablePair.quarterly().validateIn(folder).problems()).isEmpty();
        assertThat(TablePair.monthly().validateIn(folder).problems()).isEmpty();
        assertThat(TablePair.quarterlyWithRouteGroup().validateIn(folder).problems()).isEmpty();
    }

    @Test
    void aFolderPairsEveryDataFileWithItsMetaFile(@TempDir Path folder) throws IOException {
        TablePair.quarterly().writeTo(folder);
        TablePair.monthly().writeTo(folder);
        TablePair.quarterly().stem("lonely_data").withoutMeta().writeTo(folder);
        Files.writeString(folder.resolve("lonely_meta.meta.csv"), TablePair.quarterly().metaCsv());
        Files.writeString(folder.resolve("data-guidance.md"), "# Not a table\n");

        EesReport report = validator.validateFolder(folder);

        assertThat(report.problems()).extracting(EesProblem::file, EesProblem::check).containsExactlyInAnyOrder(
                tuple("lonely_data.meta.csv", FILE_MISSING.id()),
                tuple("lonely_meta.meta.csv", FILE_MISSING.id()));
        assertThat(report.passed()).isFalse();
    }

    @Test
    void aFolderWithoutTablesFails(@TempDir Path folder) {
        assertThat(validator.validateFolder(folder).problems()).extracting(EesProblem::check).containsExactly(FILE_MISSING.id());
        assertThat(validator.validateFolder(folder.resolve("absent")).passed()).isFalse();
    }

    @Test
    void aMissingDataFileIsReported(@TempDir Path folder) {
        EesReport report = validator.validate(folder.resolve("absent.csv"), folder.resolve("absent.meta.csv"));
        assertThat(report.problems()).extracting(EesProblem::file)
                .containsExactly("absent.csv", "absent.meta.csv");
    }

    @Test
    void theSummaryNamesFileLineColumnAndCheck(@TempDir Path folder) {
        EesReport report = TablePair.quarterly().cell(3, "share_count", "")
                .replaceValue("access_route", "ONS Secure Research Service", "ONS_SRS").validateIn(folder);
        assertThat(report.summary()).startsWith("EES check FAILED: 1 FAIL, 1 WARNING")
                .contains("FAIL shares_by_route.csv line 3, column share_count [indicator_blank]: indicator 'share_count' is blank")
                .contains("WARNING shares_by_route.csv line 4, column access_route [filter_item_code]");
        assertThat(report.failures()).hasSize(1);
        assertThat(report.warnings()).hasSize(1);
    }

    @Test
    void warningsAloneLetATablePassButNotStrictly(@TempDir Path folder) {
        EesReport report = TablePair.quarterly().cell(3, "share_count", "..").validateIn(folder);
        assertThat(report.passed()).isTrue();
        assertThat(report.passedStrictly()).isFalse();
        assertThat(report.summary()).startsWith("EES check passed with warnings: 1 WARNING");
    }

    /** One mistake repeated on every row is listed for the first rows only, then counted. */
    @Test
    void repeatedRowProblemsAreListedOnceThenCounted(@TempDir Path folder) {
        EesReport report = TablePair.quarterly().everyCell("share_count", "?").validateIn(folder);
        assertThat(report.problems()).hasSize(12);
        TablePair big = bigTable(2, 40, 60);
        big.everyCell("share_count", "?");
        EesReport bigReport = big.validateIn(folder);
        assertThat(bigReport.problems()).hasSize(ProblemLog.ROWS_LISTED + 1);
        EesProblem last = bigReport.problems().get(ProblemLog.ROWS_LISTED);
        assertThat(last.check()).isEqualTo(INDICATOR_VALUE.id());
        assertThat(last.row()).isNull();
        assertThat(last.message()).startsWith("and " + (2 * 2 * 40 * 60 - ProblemLog.ROWS_LISTED) + " more rows");
    }

    /** Tables can have tens of thousands of rows: the checks are linear, so this takes well under a second. */
    @Test
    void checksFortyThousandRowsQuickly(@TempDir Path folder) {
        TablePair big = bigTable(4, 50, 100);
        Path data = big.writeTo(folder);
        EesReport report = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> validator.validate(data, folder.resolve(big.actualMetaName())));
        assertThat(report.problems()).as(report.summary()).isEmpty();

        TablePair gappy = bigTable(4, 50, 100).removeDataLine(40_000).removeDataLine(3);
        EesReport gaps = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> gappy.validateIn(folder));
        assertThat(gaps.problems()).extracting(EesProblem::check).containsOnly(EesCheck.MATRIX_INCOMPLETE.id());
    }

    /** Quarters x count bases x two filters of the given sizes (Total included): quarters*2*a*b rows. */
    private static TablePair bigTable(int quarters, int routes, int levels) {
        TablePair pair = TablePair.quarterly();
        for (int line = 13; line >= 2; line--) {
            pair.removeDataLine(line);
        }
        pair.renameColumn("share_percent", "safeguard_level")
                .metaCell(5, "col_type", "Filter").metaCell(5, "label", "Safeguard level")
                .metaCell(5, "indicator_unit", "").metaCell(5, "indicator_dp", "");
        List<String> rows = new ArrayList<>();
        for (int q = 1; q <= quarters; q++) {
            for (String basis : new String[] {"Listed in edition", "Approved in quarter"}) {
                for (int r = 0; r < routes; r++) {
                    for (int l = 0; l < levels; l++) {
                        rows.add("202425,Financial year Q" + ((q - 1) % 4 + 1) + ",National,E92000001,England," + basis
                                + "," + (r == 0 ? "Total" : "Route " + r) + "," + (l * 7 % 13) + ","
                                + (l == 0 ? "Total" : "Level " + l));
                    }
                }
            }
        }
        rows.forEach(pair::addDataRow);
        return pair;
    }
}
