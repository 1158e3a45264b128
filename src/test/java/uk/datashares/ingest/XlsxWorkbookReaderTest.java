package uk.datashares.ingest;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.datashares.ingest.TestWorkbooks.numbers;
import static uk.datashares.ingest.TestWorkbooks.texts;

/** The streaming .xlsx reader, on workbooks written by POI (and sheet XML written by hand). */
class XlsxWorkbookReaderTest {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    private Path write(String name, XSSFWorkbook workbook) throws IOException {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static CellStyle dateStyle(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    /** A POI workbook with one sheet whose part is then replaced by {@code sheetData} written by hand. */
    private Path handWrittenSheet(String sheetData) throws IOException {
        return handWrittenSheet(sheetData, "");
    }

    private Path handWrittenSheet(String sheetData, String afterSheetData) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Hand").createRow(0).createCell(0).setCellValue("placeholder");
        Path file = write("hand.xlsx", workbook);
        return TestWorkbooks.replacePart(file, "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + sheetData + "</sheetData>"
                        + afterSheetData + "</worksheet>");
    }

    // ---- cell types ------------------------------------------------------------------------

    @Test
    void readsSharedStringsNumbersAndBooleans() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Shares").createRow(0);
        row.createCell(0).setCellValue("DR190101.01");
        row.createCell(1).setCellValue(1234);
        row.createCell(2).setCellValue(0.25);
        row.createCell(3).setCellValue(true);

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("types.xlsx", workbook));

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.TextCell("DR190101.01"),
                new CellValue.NumberCell(1234), new CellValue.NumberCell(0.25), new CellValue.BooleanCell(true));
    }

    @Test
    void readsRichTextAsItsPlainText() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFRichTextString rich = new XSSFRichTextString("Date of DSAP approval");
        var bold = workbook.createFont();
        bold.setBold(true);
        rich.applyFont(8, 12, bold);
        workbook.createSheet("Shares").createRow(0).createCell(0).setCellValue(rich);

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("rich.xlsx", workbook));

        assertThat(rows.get(0).text(0)).isEqualTo("Date of DSAP approval");
    }

    @Test
    void readsNumberCellsWithADateFormatAsDates() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Dates").createRow(0);
        row.createCell(0).setCellValue(LocalDate.of(2016, 11, 28));
        row.getCell(0).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));
        row.createCell(1).setCellValue(LocalDate.of(2017, 8, 15));
        row.getCell(1).setCellStyle(dateStyle(workbook, "d mmm yyyy"));
        row.createCell(2).setCellValue(LocalDate.of(2013, 9, 5));
        row.getCell(2).setCellStyle(dateStyle(workbook, "m/d/yy")); // built-in format 14
        row.createCell(3).setCellValue(LocalDateTime.of(2020, 6, 30, 9, 15));
        row.getCell(3).setCellStyle(dateStyle(workbook, "dd/mm/yyyy hh:mm"));
        row.createCell(4).setCellValue(42702);
        row.getCell(4).setCellStyle(dateStyle(workbook, "#,##0"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("dates.xlsx", workbook));

        assertThat(rows.get(0).cells()).containsExactly(
                new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()),
                new CellValue.DateCell(LocalDate.of(2017, 8, 15).atStartOfDay()),
                new CellValue.DateCell(LocalDate.of(2013, 9, 5).atStartOfDay()),
                new CellValue.DateCell(LocalDateTime.of(2020, 6, 30, 9, 15)),
                new CellValue.NumberCell(42702));
    }

    @Test
    void readsDateSerialsInThe1900System() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Dates").createRow(0);
        row.createCell(0).setCellValue(42702); // 28 November 2016 counted from 1900
        row.getCell(0).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));

        try (WorkbookReader reader = TestWorkbooks.open(write("1900.xlsx", workbook))) {
            SheetReader sheet = reader.nextSheet();
            assertThat(sheet.date1904()).isFalse();
            assertThat(sheet.nextRow().cell(0)).isEqualTo(new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()));
        }
    }

    @Test
    void readsDateSerialsInThe1904System() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
        Row row = workbook.createSheet("Dates").createRow(0);
        row.createCell(0).setCellValue(41240); // 28 November 2016 counted from 1904 (Mac Excel)
        row.getCell(0).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));
        row.createCell(1).setCellValue(LocalDate.of(2019, 3, 31)); // POI writes a 1904 serial
        row.getCell(1).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));
        row.createCell(2).setCellValue(41240); // an unformatted serial stays a number

        try (WorkbookReader reader = TestWorkbooks.open(write("1904.xlsx", workbook))) {
            SheetReader sheet = reader.nextSheet();
            assertThat(sheet.date1904()).isTrue();
            assertThat(sheet.nextRow().cells()).containsExactly(
                    new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()),
                    new CellValue.DateCell(LocalDate.of(2019, 3, 31).atStartOfDay()),
                    new CellValue.NumberCell(41240));
        }
    }

    @Test
    void anUnformattedSerialIsReadAsADateInTheWorkbooksOwnDateSystem() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
        workbook.createSheet("Dates").createRow(0).createCell(0).setCellValue(41240); // General format

        try (WorkbookReader reader = TestWorkbooks.open(write("1904-general.xlsx", workbook))) {
            SheetReader sheet = reader.nextSheet();
            CellValue cell = sheet.nextRow().cell(0);
            uk.datashares.normalise.DateReader dates = new uk.datashares.normalise.DateReader(raw -> false);

            assertThat(dates.date(cell, sheet.date1904()))
                    .isEqualTo(new uk.datashares.normalise.DateReader.Reading.Parsed(LocalDate.of(2016, 11, 28)));
        }
    }

    @Test
    void readsFormulaCellsAsTheirCachedValues() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Formulas").createRow(0);
        row.createCell(0).setCellValue(2);
        row.createCell(1).setCellValue(40);
        row.createCell(2).setCellFormula("A1+B1");
        row.createCell(3).setCellFormula("\"KS\"&A1");
        row.createCell(4).setCellFormula("DATE(2016,11,28)");
        row.getCell(4).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));
        row.createCell(5).setCellFormula("A1>1");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("formulas.xlsx", workbook));

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.NumberCell(2), new CellValue.NumberCell(40),
                new CellValue.NumberCell(42), new CellValue.TextCell("KS2"),
                new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()), new CellValue.BooleanCell(true));
    }

    @Test
    void readsAFormulaWithoutACachedValueAsBlankAndSaysWhatItWas() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row row = workbook.createSheet("Formulas").createRow(0);
        row.createCell(0).setCellValue("label");
        row.createCell(1).setCellFormula("A1&\"x\""); // never evaluated: no <v>

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("uncached.xlsx", workbook));

        assertThat(texts(rows.get(0))).containsExactly("label", "");
        assertThat(rows.get(0).cells()).containsExactly(new CellValue.TextCell("label"), new CellValue.UncalculatedFormula("A1&\"x\""));
    }

    @Test
    void readsAFormulaWithAnEmptyValueAsOpenpyxlWritesItAsUncalculatedButAnEmptyTextResultAsBlank() throws IOException {
        Path file = handWrittenSheet("<row r=\"1\"><c r=\"A1\" s=\"0\"><f>DATE(2018,5,5)</f><v></v></c>"
                + "<c r=\"B1\" t=\"str\"><f>IF(1=1,\"\",\"x\")</f><v></v></c><c r=\"C1\" t=\"str\"><f>\"a\"</f><v>a</v></c></row>", "");

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.UncalculatedFormula("DATE(2018,5,5)"), null, new CellValue.TextCell("a"));
    }

    // ---- rows, columns and sheets ----------------------------------------------------------

    @Test
    void numbersRowsAsTheSpreadsheetShowsThemAndKeepsColumnPositions() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Gaps");
        sheet.createRow(0).createCell(0).setCellValue("Title");
        Row styledOnly = sheet.createRow(2);
        styledOnly.createCell(0).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));
        styledOnly.createCell(1).setCellValue(" ");
        Row data = sheet.createRow(4);
        data.createCell(1).setCellValue("B5");
        data.createCell(3).setCellValue("D5");

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("gaps.xlsx", workbook));

        assertThat(numbers(rows)).containsExactly(1, 5);
        assertThat(texts(rows.get(1))).containsExactly("", "B5", "", "D5");
    }

    @Test
    void readsSheetsInWorkbookOrderByTheirNames() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Cover").createRow(0).createCell(0).setCellValue("cover");
        workbook.createSheet("Police & courts").createRow(0).createCell(0).setCellValue("police");
        workbook.createSheet("Empty");
        workbook.setSheetOrder("Empty", 0);

        Map<String, List<SheetRow>> sheets = TestWorkbooks.readAll(write("order.xlsx", workbook));

        assertThat(sheets.keySet()).containsExactly("Empty", "Cover", "Police & courts");
        assertThat(sheets.get("Police & courts").get(0).text(0)).isEqualTo("police");
    }

    // ---- merged cells ----------------------------------------------------------------------

    @Test
    void readsMergedCellsAsTheirTopLeftValue() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet("Merged");
        sheet.createRow(0).createCell(0).setCellValue("Table 1: DSAP approved shares");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 4)); // title across A1:E1
        for (int r = 1; r <= 3; r++) {
            sheet.createRow(r).createCell(2).setCellValue("project " + r);
        }
        sheet.getRow(1).createCell(0).setCellValue("University of Bath");
        sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 1)); // A2:B4, an organisation over three shares
        sheet.createRow(4).createCell(0).setCellValue("Other org");
        sheet.getRow(4).createCell(2).setCellValue("project 4");

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("merged.xlsx", workbook));

        assertThat(rows).extracting(TestWorkbooks::texts).containsExactly(
                List.of("Table 1: DSAP approved shares"),
                List.of("University of Bath", "", "project 1"),
                List.of("University of Bath", "", "project 2"),
                List.of("University of Bath", "", "project 3"),
                List.of("Other org", "", "project 4"));
    }

    // ---- XML that POI does not write but other producers do --------------------------------

    @Test
    void readsInlineStringsWithRunsAndSkipsPhoneticText() throws IOException {
        Path file = handWrittenSheet("<row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><r><t>Local </t></r><r><rPr><b/></rPr><t>Authority</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> padded </t></is></c></row>");

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(texts(rows.get(0))).containsExactly("Local Authority", " padded ");
    }

    @Test
    void decodesTheEscapesExcelWritesForCharactersSuchAsTheCarriageReturnOfALineBreak() throws IOException {
        Path file = handWrittenSheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Wardship_x000D_\nproceedings</t></is></c>"
                + "<c r=\"C1\" t=\"str\"><f>\"a\"</f><v>N/A_x000D_</v></c>"
                + "<c r=\"D1\" t=\"s\"><v>1</v></c></row>");
        file = TestWorkbooks.replacePart(file, "xl/sharedStrings.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"" + MAIN_NS + "\" count=\"2\" uniqueCount=\"2\">"
                        + "<si><t>Thames Valley_x000D_\nPolice</t></si><si><t>_x005F_x000D_ is how Excel writes _x000d_; _x12_ stays</t></si></sst>");

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(texts(rows.get(0))).containsExactly("Thames Valley\r\nPolice", "Wardship\r\nproceedings", "N/A\r",
                "_x000D_ is how Excel writes \r; _x12_ stays");
    }

    @Test
    void readsRowsAndCellsWithoutReferencesInOrder() throws IOException {
        Path file = handWrittenSheet("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>"
                + "<row r=\"4\"><c r=\"C4\" t=\"inlineStr\"><is><t>c</t></is></c><c><v>5</v></c></row>"
                + "<row><c t=\"str\"><f>\"x\"</f><v>x</v></c></row>");

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(numbers(rows)).containsExactly(1, 4, 5);
        assertThat(texts(rows.get(0))).containsExactly("a", "2");
        assertThat(texts(rows.get(1))).containsExactly("", "", "c", "5");
        assertThat(texts(rows.get(2))).containsExactly("x");
    }

    @Test
    void readsIsoDateCellsAsDates() throws IOException {
        Path file = handWrittenSheet("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2016-11-28T00:00:00</v></c>"
                + "<c r=\"B1\" t=\"d\"><v>2017-08-15</v></c><c r=\"C1\" t=\"e\"><v>#N/A</v></c></row>");

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(rows.get(0).cell(0)).isEqualTo(new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()));
        assertThat(rows.get(0).cell(1)).isEqualTo(new CellValue.DateCell(LocalDate.of(2017, 8, 15).atStartOfDay()));
        assertThat(rows.get(0).text(2)).isEqualTo("#N/A");
    }

    @Test
    void findsMergedRegionsAfterTheRowsHoweverLongTheSheetPart() throws IOException {
        StringBuilder rows = new StringBuilder();
        rows.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Org</t></is></c><c r=\"B1\"><v>1</v></c></row>");
        for (int r = 2; r <= 4000; r++) {
            rows.append("<row r=\"").append(r).append("\">");
            if (r == 3999) {
                rows.append("<c r=\"A3999\" t=\"inlineStr\"><is><t>Late org</t></is></c>");
            }
            rows.append("<c r=\"B").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        // the regions follow the rows, far beyond the reader's 64 KiB scan buffer
        Path file = handWrittenSheet(rows.toString(),
                "<mergeCells count=\"2\"><mergeCell ref=\"A1:A3\"/><mergeCell ref=\"A3999:A4000\"/></mergeCells>");

        List<SheetRow> read = TestWorkbooks.firstSheet(file);

        assertThat(read).hasSize(4000);
        assertThat(read.get(2).text(0)).isEqualTo("Org");
        assertThat(read.get(3).text(0)).isEmpty();
        assertThat(read.get(3999).text(0)).isEqualTo("Late org");
    }

    // ---- the package: relationships and parts ---------------------------------------------

    private Path twoSheets() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Police").createRow(0).createCell(0).setCellValue("police");
        workbook.createSheet("Court orders").createRow(0).createCell(0).setCellValue("court");
        return write("two.xlsx", workbook);
    }

    @Test
    void findsSheetPartsByAbsoluteAndDotDotRelationshipTargets() throws IOException {
        Path file = twoSheets();
        String rels = TestWorkbooks.part(file, "xl/_rels/workbook.xml.rels");
        TestWorkbooks.replacePart(file, "xl/_rels/workbook.xml.rels", rels
                .replace("Target=\"worksheets/sheet1.xml\"", "Target=\"/xl/worksheets/sheet1.xml\"")
                .replace("Target=\"worksheets/sheet2.xml\"", "Target=\"./../xl/worksheets/sheet2.xml\""));

        Map<String, List<SheetRow>> sheets = TestWorkbooks.readAll(file);

        assertThat(sheets.keySet()).containsExactly("Police", "Court orders");
        assertThat(sheets.get("Court orders").get(0).text(0)).isEqualTo("court");
    }

    @Test
    void refusesAWorkbookThatListsASheetWhosePartIsMissing() throws IOException {
        Path file = TestWorkbooks.replacePart(twoSheets(), "xl/worksheets/sheet2.xml", null);

        assertThatThrownBy(() -> TestWorkbooks.readAll(file))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("two.xlsx");
                    assertThat(e.sheet()).isEqualTo("Court orders");
                })
                .hasMessageContaining("xl/worksheets/sheet2.xml is missing");
    }
}
