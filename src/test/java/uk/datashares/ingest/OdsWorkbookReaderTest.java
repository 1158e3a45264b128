package uk.datashares.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.datashares.ingest.TestWorkbooks.numbers;
import static uk.datashares.ingest.TestWorkbooks.row;
import static uk.datashares.ingest.TestWorkbooks.text;
import static uk.datashares.ingest.TestWorkbooks.texts;

/** The .ods reader, one content.xml feature per test (SPEC §2 "Cells", ODS). */
class OdsWorkbookReaderTest {

    /** What LibreOffice writes below the last used row: a million repeated empty rows. */
    private static final String EMPTY_TAIL = "<table:table-row table:number-rows-repeated=\"1048568\">"
            + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";

    @TempDir
    Path dir;

    private List<SheetRow> read(String rows) throws IOException {
        return TestWorkbooks.firstSheet(TestWorkbooks.ods(dir, "test.ods", "Sheet1", rows));
    }

    // ---- repeated rows and columns ---------------------------------------------------------

    @Test
    void countsRepeatedEmptyRowsWithoutExpandingThem() throws IOException {
        List<SheetRow> rows = read(row(text("Title"))
                + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
                + row(text("Reference"), text("Organisation"))
                + EMPTY_TAIL);

        assertThat(numbers(rows)).containsExactly(1, 5);
        assertThat(texts(rows.get(1))).containsExactly("Reference", "Organisation");
    }

    @Test
    void readsLibreOfficesMillionRowEmptyTailsAtNoCost() throws IOException {
        StringBuilder tables = new StringBuilder();
        for (int i = 1; i <= 50; i++) {
            tables.append(TestWorkbooks.odsTable("Sheet" + i, row(text("only row"))
                    + "<table:table-row table:number-rows-repeated=\"1048575\">"
                    + "<table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"));
        }
        Path file = TestWorkbooks.odsWithContent(dir, "tails.ods", TestWorkbooks.odsContent(tables.toString()));

        Map<String, List<SheetRow>> sheets = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> TestWorkbooks.readAll(file));

        assertThat(sheets).hasSize(50);
        assertThat(sheets.values()).allSatisfy(rows -> assertThat(numbers(rows)).containsExactly(1));
    }

    @Test
    void returnsARepeatedRowWithContentOncePerRepeatWithConsecutiveNumbers() throws IOException {
        List<SheetRow> rows = read(row(text("Header A"), text("Header B"))
                + "<table:table-row table:number-rows-repeated=\"3\">" + text("same") + text("row") + "</table:table-row>"
                + row(text("after")));

        assertThat(numbers(rows)).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.subList(1, 4)).allSatisfy(r -> assertThat(texts(r)).containsExactly("same", "row"));
        assertThat(texts(rows.get(4))).containsExactly("after");
    }

    @Test
    void expandsRepeatedCellsWithContentAndCountsRepeatedBlankCells() throws IOException {
        List<SheetRow> rows = read(row(
                "<table:table-cell table:number-columns-repeated=\"2\"/>",
                "<table:table-cell table:number-columns-repeated=\"3\" office:value-type=\"string\"><text:p>x</text:p></table:table-cell>",
                "<table:table-cell/>",
                text("last"),
                "<table:table-cell table:number-columns-repeated=\"16377\"/>"));

        assertThat(texts(rows.get(0))).containsExactly("", "", "x", "x", "x", "", "last");
    }

    @Test
    void numbersRowsInsideHeaderRowsAndRowGroupsLikeAnyOther() throws IOException {
        List<SheetRow> rows = read("<table:table-header-rows>" + row(text("Title")) + "</table:table-header-rows>"
                + "<table:table-row-group>" + row(text("in group")) + "<table:table-row><table:table-cell/></table:table-row>"
                + "</table:table-row-group>" + row(text("after group")));

        assertThat(numbers(rows)).containsExactly(1, 2, 4);
    }

    @Test
    void treatsARowOfWhitespaceOnlyCellsAsBlank() throws IOException {
        List<SheetRow> rows = read(row(text("Title"))
                + "<table:table-row table:number-rows-repeated=\"1000000\">" + text("<text:s/>") + text("\u00A0") + "</table:table-row>"
                + row(text("next")));

        assertThat(numbers(rows)).containsExactly(1, 1000002);
    }

    // ---- text ------------------------------------------------------------------------------

    @Test
    void readsTextSpacesAsTheSpacesTheyStandFor() throws IOException {
        List<SheetRow> rows = read(row(text("a<text:s/>b"), text("a <text:s text:c=\"3\"/>b"), text("<text:s/>lead")));

        assertThat(texts(rows.get(0))).containsExactly("a b", "a    b", " lead");
    }

    @Test
    void readsLineBreaksTabsAndSpansInsideAParagraph() throws IOException {
        List<SheetRow> rows = read(row(text("KS2<text:line-break/>KS4"), text("a<text:tab/>b"),
                text("Local <text:span text:style-name=\"T1\">Authority</text:span> data")));

        assertThat(texts(rows.get(0))).containsExactly("KS2\nKS4", "a\tb", "Local Authority data");
    }

    @Test
    void joinsSeveralParagraphsOfACellWithNewLines() throws IOException {
        List<SheetRow> rows = read(row("<table:table-cell office:value-type=\"string\">"
                + "<text:p>National Pupil Database</text:p><text:p/><text:p>Children in Need</text:p></table:table-cell>"));

        assertThat(rows.get(0).text(0)).isEqualTo("National Pupil Database\n\nChildren in Need");
    }

    @Test
    void ignoresComments() throws IOException {
        List<SheetRow> rows = read(row(
                "<table:table-cell office:value-type=\"string\"><office:annotation><dc:creator>Analyst</dc:creator>"
                        + "<dc:date>2020-06-01T00:00:00</dc:date><text:p>checked with DSAP</text:p></office:annotation>"
                        + "<text:p>DR190101.01</text:p></table:table-cell>",
                "<table:table-cell><office:annotation><text:p>a comment on an empty cell</text:p></office:annotation></table:table-cell>",
                text("University")));

        assertThat(texts(rows.get(0))).containsExactly("DR190101.01", "", "University");
    }

    @Test
    void ignoresShapesAndImagesAnchoredToACell() throws IOException {
        List<SheetRow> rows = read(row(
                "<table:table-cell office:value-type=\"string\"><draw:frame draw:name=\"Image 1\" svg:width=\"2cm\" svg:height=\"1cm\">"
                        + "<draw:text-box><text:p>caption</text:p></draw:text-box></draw:frame><text:p>Pupil level</text:p></table:table-cell>",
                "<table:table-cell><draw:custom-shape draw:name=\"Arrow\"><text:p>see here</text:p></draw:custom-shape></table:table-cell>",
                text("NPD")));

        assertThat(texts(rows.get(0))).containsExactly("Pupil level", "", "NPD");
    }

    @Test
    void keepsTextVerbatimForTheRulesToNormalise() throws IOException {
        // Trimming and NBSP normalisation are Text.normalise's job (see TextTest): the reader
        // gives the cell as stored so the register can keep it verbatim.
        List<SheetRow> rows = read(row(text("  King\u2019s\u00A0College  ")));

        assertThat(rows.get(0).text(0)).isEqualTo("  King\u2019s\u00A0College  ");
    }

    @Test
    void readsTheNameOfEachTableInOrderIncludingEscapedCharacters() throws IOException {
        Path file = TestWorkbooks.odsWithContent(dir, "names.ods", TestWorkbooks.odsContent(
                TestWorkbooks.odsTable("Cover", row(text("DfE external data shares")))
                        + TestWorkbooks.odsTable("Police &amp; courts", row(text("a"), text("b")))
                        + TestWorkbooks.odsTable("Empty", "")));

        Map<String, List<SheetRow>> sheets = TestWorkbooks.readAll(file);

        assertThat(sheets.keySet()).containsExactly("Cover", "Police & courts", "Empty");
        assertThat(sheets.get("Empty")).isEmpty();
    }

    @Test
    void skipsTheRestOfASheetWhenTheNextIsAskedFor() throws IOException {
        Path file = TestWorkbooks.odsWithContent(dir, "skip.ods", TestWorkbooks.odsContent(
                TestWorkbooks.odsTable("First", row(text("1")) + row(text("2")) + row(text("3")))
                        + TestWorkbooks.odsTable("Second", row(text("second sheet")))));

        try (WorkbookReader reader = TestWorkbooks.open(file)) {
            SheetReader first = reader.nextSheet();
            assertThat(first.nextRow().text(0)).isEqualTo("1");
            SheetReader second = reader.nextSheet();
            assertThat(second.name()).isEqualTo("Second");
            assertThat(second.nextRow().text(0)).isEqualTo("second sheet");
            assertThat(second.nextRow()).isNull();
            assertThat(reader.nextSheet()).isNull();
        }
    }

    // ---- typed values ----------------------------------------------------------------------

    @Test
    void readsDateCellsAsDates() throws IOException {
        List<SheetRow> rows = read(row(
                "<table:table-cell office:value-type=\"date\" office:date-value=\"2016-11-28\"><text:p>28/11/2016</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"date\" office:date-value=\"2017-08-15T14:30:00\"><text:p>15/08/2017 14:30</text:p></table:table-cell>"));

        assertThat(rows.get(0).cell(0)).isEqualTo(new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()));
        assertThat(rows.get(0).cell(1)).isEqualTo(new CellValue.DateCell(LocalDateTime.of(2017, 8, 15, 14, 30)));
        assertThat(rows.get(0).text(0)).isEqualTo("2016-11-28");
    }

    @Test
    void readsNumbersFromTheirValueNotTheirDisplay() throws IOException {
        List<SheetRow> rows = read(row(
                "<table:table-cell office:value-type=\"float\" office:value=\"1234\"><text:p>1,234</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"percentage\" office:value=\"0.5\"><text:p>50%</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"currency\" office:currency=\"GBP\" office:value=\"1234.5\"><text:p>£1,234.50</text:p></table:table-cell>",
                "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"));

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.NumberCell(1234), new CellValue.NumberCell(0.5),
                new CellValue.NumberCell(1234.5), new CellValue.BooleanCell(true));
        assertThat(texts(rows.get(0))).containsExactly("1234", "0.5", "1234.5", "TRUE");
    }

    @Test
    void readsFormulaCellsAsTheirCachedValues() throws IOException {
        List<SheetRow> rows = read(row(
                "<table:table-cell table:formula=\"of:=[.B2]+[.C2]\" office:value-type=\"float\" office:value=\"42\"><text:p>42</text:p></table:table-cell>",
                "<table:table-cell table:formula=\"of:=CONCATENATE(&quot;KS&quot;;2)\" office:value-type=\"string\" office:string-value=\"KS2\"><text:p>KS2</text:p></table:table-cell>",
                "<table:table-cell table:formula=\"of:=DATE(2016;11;28)\" office:value-type=\"date\" office:date-value=\"2016-11-28\"><text:p>28/11/16</text:p></table:table-cell>"));

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.NumberCell(42), new CellValue.TextCell("KS2"),
                new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()));
    }

    @Test
    void readsAFormulaWhoseCalculatedResultIsEmptyTextAsBlank() throws IOException {
        // LibreOffice writes =IF(1=1;"";"x") with no value type and an empty paragraph
        List<SheetRow> rows = read(row("<table:table-cell><text:p>label</text:p></table:table-cell>",
                "<table:table-cell table:formula=\"of:=IF(1=1;&quot;&quot;;&quot;x&quot;)\"><text:p/></table:table-cell>",
                "<table:table-cell><text:p>after</text:p></table:table-cell>"));

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.TextCell("label"), null, new CellValue.TextCell("after"));
    }

    @Test
    void readsAStringValueAttributeWhenTheCellHasNoParagraph() throws IOException {
        List<SheetRow> rows = read(row("<table:table-cell office:value-type=\"string\" office:string-value=\"Home Office\"/>"));

        assertThat(rows.get(0).text(0)).isEqualTo("Home Office");
    }

    // ---- merged cells ----------------------------------------------------------------------

    @Test
    void readsAVerticallyMergedCellAsItsTopLeftValueInEveryRowItSpans() throws IOException {
        List<SheetRow> rows = read(
                row("<table:table-cell table:number-rows-spanned=\"3\" office:value-type=\"string\"><text:p>University of Bath</text:p></table:table-cell>",
                        text("project 1"))
                        + row("<table:covered-table-cell/>", text("project 2"))
                        + row("<table:covered-table-cell/>", text("project 3"))
                        + row(text("Other org"), text("project 4")));

        assertThat(rows).extracting(TestWorkbooks::texts).containsExactly(
                List.of("University of Bath", "project 1"),
                List.of("University of Bath", "project 2"),
                List.of("University of Bath", "project 3"),
                List.of("Other org", "project 4"));
    }

    @Test
    void leavesCellsCoveredByAHorizontalMergeBlank() throws IOException {
        List<SheetRow> rows = read(
                row("<table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\" office:value-type=\"string\"><text:p>Org</text:p></table:table-cell>",
                        "<table:covered-table-cell office:value-type=\"string\"><text:p>hidden</text:p></table:covered-table-cell>",
                        text("p1"))
                        + row("<table:covered-table-cell table:number-columns-repeated=\"2\"/>", text("p2"))
                        + row("<table:table-cell table:number-columns-spanned=\"5\" office:value-type=\"string\"><text:p>Table 2: Footnote</text:p></table:table-cell>",
                        "<table:covered-table-cell table:number-columns-repeated=\"4\"/>"));

        assertThat(rows).extracting(TestWorkbooks::texts).containsExactly(
                List.of("Org", "", "p1"),
                List.of("Org", "", "p2"),
                List.of("Table 2: Footnote"));
    }

    @Test
    void dateValuesAreReadAsTheIsoParserReadsThem() {
        for (LocalDate day = LocalDate.of(1899, 12, 1); day.isBefore(LocalDate.of(2101, 1, 1)); day = day.plusDays(1)) {
            assertThat(OdsWorkbookReader.parseDate(day.toString())).isEqualTo(day.atStartOfDay());
        }
        assertThat(OdsWorkbookReader.parseDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1).atStartOfDay());
        assertThat(OdsWorkbookReader.parseDate("2022-06-30T14:05:00")).isEqualTo(LocalDateTime.of(2022, 6, 30, 14, 5));
        for (String impossible : List.of("2022-02-29", "2022-02-30", "2022-13-01", "2022-00-10", "2022-06-00", "2022-06-31",
                "2022-0a-01", "20x2-06-01", "+202-06-01", "2022-6-1", "2022/06/01", " ")) {
            assertThat(OdsWorkbookReader.parseDate(impossible)).as(impossible).isNull();
        }
        assertThat(OdsWorkbookReader.parseDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29).atStartOfDay());
    }
}
