package uk.datashares.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.datashares.ingest.TestWorkbooks.numbers;
import static uk.datashares.ingest.TestWorkbooks.texts;

/**
 * The same small workbook as LibreOffice Calc writes it in every format
 * (src/test/resources/formats/README.md): every reader must give the same values.
 */
class LibreOfficeFilesTest {

    private static final Path FORMATS = Paths.get("src/test/resources/formats");

    private static final CellValue.DateCell NOV_28_2016 = new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay());

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice.ods", "libreoffice.xlsx", "libreoffice.xls"})
    void readsTheSameSheetsFromEveryWorkbookFormat(String name) throws IOException {
        Map<String, List<SheetRow>> sheets = TestWorkbooks.readAll(FORMATS.resolve(name));

        assertThat(sheets.keySet()).containsExactly("Cover", "DSAP approved", "Home Office");
        assertThat(sheets.get("Cover")).extracting(TestWorkbooks::texts).containsExactly(
                List.of("DfE external data shares: June 2022"), List.of("Published 8 September 2022"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice.ods", "libreoffice.xlsx", "libreoffice.xls"})
    void readsTitlesMergesTextDatesAndFormulasAsLibreOfficeWritesThem(String name) throws IOException {
        List<SheetRow> rows = TestWorkbooks.readAll(FORMATS.resolve(name)).get("DSAP approved");

        assertThat(numbers(rows)).containsExactly(1, 3, 4, 5, 6);
        assertThat(texts(rows.get(0))).containsExactly("Table 2: Third-party shares approved by DSAP");
        assertThat(texts(rows.get(1))).containsExactly("DfE reference [note 1]", "Requesting organisation", "Datasets",
                "Date approved by DSAP", "Number of pupils");
        assertThat(rows.get(2).cells()).containsExactly(new CellValue.TextCell("DS00001"),
                new CellValue.TextCell("King\u2019s College  London"), new CellValue.TextCell("KS2\nKS4"),
                NOV_28_2016, new CellValue.NumberCell(1234));
        // the organisation is merged down into this row; the comment on DS00002 is not its text
        assertThat(rows.get(3).cells()).containsExactly(new CellValue.TextCell("DS00002"),
                new CellValue.TextCell("King\u2019s College  London"), new CellValue.TextCell("National Pupil Database"),
                new CellValue.TextCell("15.06.2016"), new CellValue.NumberCell(66));
        assertThat(texts(rows.get(4))).containsExactly("Total", "", "", "", "1300");
    }

    @ParameterizedTest
    @ValueSource(strings = {"libreoffice.ods", "libreoffice.xlsx", "libreoffice.xls"})
    void readsMonthCellsAndPlaceholders(String name) throws IOException {
        List<SheetRow> rows = TestWorkbooks.readAll(FORMATS.resolve(name)).get("Home Office");

        assertThat(numbers(rows)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(rows.get(1).cells()).containsExactly(new CellValue.DateCell(LocalDate.of(2015, 7, 1).atStartOfDay()),
                new CellValue.NumberCell(0), new CellValue.NumberCell(0));
        assertThat(texts(rows.get(2))).containsExactly("Aug-15", "7", "[c]");
        assertThat(rows.subList(3, 6)).allSatisfy(r -> assertThat(texts(r)).containsExactly("[x]", "[x]", "[x]"));
    }

    @Test
    void readsLibreOfficesMillionRowTailInNoTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 20; i++) {
                TestWorkbooks.readAll(FORMATS.resolve("libreoffice.ods"));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv-utf8", "csv-windows-1252"})
    void readsLibreOfficesCsvExportInEitherEncoding(String folder) throws IOException {
        Path file = FORMATS.resolve(folder).resolve("DSAP approved.csv");

        Map<String, List<SheetRow>> sheets = TestWorkbooks.readAll(file);

        assertThat(sheets.keySet()).containsExactly("DSAP approved");
        List<SheetRow> rows = sheets.get("DSAP approved");
        assertThat(numbers(rows)).containsExactly(1, 3, 4, 5, 6);
        assertThat(texts(rows.get(2))).containsExactly("DS00001", "King\u2019s College  London", "KS2\nKS4", "28/11/2016", "1234");
        assertThat(texts(rows.get(3))).containsExactly("DS00002", "", "National Pupil Database", "15.06.2016", "66");
    }
}
