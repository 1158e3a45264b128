package uk.datashares.ingest;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.ingest.TestWorkbooks.numbers;
import static uk.datashares.ingest.TestWorkbooks.texts;

/** The legacy .xls (BIFF8) reader, on workbooks written by POI's HSSF. */
class XlsWorkbookReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, HSSFWorkbook workbook) throws IOException {
        Path file = dir.resolve(name);
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static CellStyle dateStyle(HSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }

    @Test
    void readsStringsNumbersBooleansAndDates() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Row row = workbook.createSheet("Shares").createRow(0);
        row.createCell(0).setCellValue("DR190101.01");
        row.createCell(1).setCellValue(1234);
        row.createCell(2).setCellValue(false);
        row.createCell(3).setCellValue(LocalDate.of(2016, 11, 28));
        row.getCell(3).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("types.xls", workbook));

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.TextCell("DR190101.01"),
                new CellValue.NumberCell(1234), new CellValue.BooleanCell(false),
                new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()));
    }

    @Test
    void readsDateSerialsInThe1904System() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        DateWindow1904Record window = (DateWindow1904Record) workbook.getInternalWorkbook()
                .findFirstRecordBySid(DateWindow1904Record.sid);
        window.setWindowing((short) 1); // a workbook saved by Mac Excel with the 1904 date system
        Row row = workbook.createSheet("Dates").createRow(0);
        row.createCell(0).setCellValue(41240); // 28 November 2016 counted from 1904
        row.getCell(0).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));
        row.createCell(1).setCellValue(41240);

        try (WorkbookReader reader = TestWorkbooks.open(write("1904.xls", workbook))) {
            SheetReader sheet = reader.nextSheet();
            assertThat(sheet.date1904()).isTrue();
            assertThat(sheet.nextRow().cells()).containsExactly(
                    new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()), new CellValue.NumberCell(41240));
        }
    }

    @Test
    void readsDateSerialsInThe1900System() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Row row = workbook.createSheet("Dates").createRow(0);
        row.createCell(0).setCellValue(42702);
        row.getCell(0).setCellStyle(dateStyle(workbook, "d-mmm-yy"));

        try (WorkbookReader reader = TestWorkbooks.open(write("1900.xls", workbook))) {
            SheetReader sheet = reader.nextSheet();
            assertThat(sheet.date1904()).isFalse();
            assertThat(sheet.nextRow().cell(0)).isEqualTo(new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()));
        }
    }

    @Test
    void readsFormulaCellsAsTheirCachedValues() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        Row row = workbook.createSheet("Formulas").createRow(0);
        row.createCell(0).setCellValue(2);
        row.createCell(1).setCellValue(40);
        row.createCell(2).setCellFormula("A1+B1");
        row.createCell(3).setCellFormula("\"KS\"&A1");
        row.createCell(4).setCellFormula("DATE(2016,11,28)");
        row.getCell(4).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));
        row.createCell(5).setCellFormula("A1>1");
        row.createCell(6).setCellFormula("1/0"); // an error shows as its text, as xlsx and ods give it
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("formulas.xls", workbook));

        assertThat(rows.get(0).cells()).containsExactly(new CellValue.NumberCell(2), new CellValue.NumberCell(40),
                new CellValue.NumberCell(42), new CellValue.TextCell("KS2"),
                new CellValue.DateCell(LocalDate.of(2016, 11, 28).atStartOfDay()), new CellValue.BooleanCell(true),
                new CellValue.TextCell("#DIV/0!"));
    }

    @Test
    void readsMergedCellsAsTheirTopLeftValue() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        HSSFSheet sheet = workbook.createSheet("Merged");
        sheet.createRow(0).createCell(0).setCellValue("Requests approved before April 2018");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        for (int r = 1; r <= 3; r++) {
            sheet.createRow(r).createCell(2).setCellValue("project " + r);
        }
        sheet.getRow(1).createCell(0).setCellValue("University of Bath");
        sheet.addMergedRegion(new CellRangeAddress(1, 3, 0, 1));

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("merged.xls", workbook));

        assertThat(rows).extracting(TestWorkbooks::texts).containsExactly(
                List.of("Requests approved before April 2018"),
                List.of("University of Bath", "", "project 1"),
                List.of("University of Bath", "", "project 2"),
                List.of("University of Bath", "", "project 3"));
    }

    @Test
    void numbersRowsAsTheSpreadsheetShowsThemAndSkipsBlankRows() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        HSSFSheet sheet = workbook.createSheet("Gaps");
        sheet.createRow(0).createCell(0).setCellValue("Title");
        sheet.createRow(1).createCell(0).setCellValue("\u00A0");
        sheet.createRow(2).createCell(3).setCellStyle(dateStyle(workbook, "dd/mm/yyyy"));
        Row data = sheet.createRow(6);
        data.createCell(1).setCellValue("B7");
        data.createCell(3).setCellValue("D7");

        List<SheetRow> rows = TestWorkbooks.firstSheet(write("gaps.xls", workbook));

        assertThat(numbers(rows)).containsExactly(1, 7);
        assertThat(texts(rows.get(1))).containsExactly("", "B7", "", "D7");
    }

    @Test
    void readsSheetsInWorkbookOrder() throws IOException {
        HSSFWorkbook workbook = new HSSFWorkbook();
        workbook.createSheet("Tier descriptions").createRow(0).createCell(0).setCellValue("tiers");
        workbook.createSheet("Approved by DSAP").createRow(0).createCell(0).setCellValue("dsap");

        Map<String, List<SheetRow>> sheets = TestWorkbooks.readAll(write("order.xls", workbook));

        assertThat(sheets.keySet()).containsExactly("Tier descriptions", "Approved by DSAP");
    }
}
