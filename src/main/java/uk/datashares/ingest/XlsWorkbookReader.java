package uk.datashares.ingest;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a legacy .xls (BIFF8) workbook with POI. Legacy registers are small, and POI's
 * user model is the only complete reader of the format.
 */
public final class XlsWorkbookReader implements WorkbookReader {

    private final Path file;
    private final HSSFWorkbook workbook;
    private final boolean date1904;
    private int nextSheet;

    public XlsWorkbookReader(Path file) throws IOException {
        this.file = file;
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            this.workbook = new HSSFWorkbook(in);
        } catch (EncryptedDocumentException e) {
            throw InputFileException.ofFile(name, "is protected with a password, so its sheets cannot be read",
                    "Save an unprotected copy and put that in the input folder", e);
        } catch (IOException | RuntimeException e) {
            throw InputFileException.ofFile(name, "is not a readable .xls workbook (" + e.getMessage() + ")",
                    "Open it in a spreadsheet program and save it again", e);
        }
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public SheetReader nextSheet() {
        if (nextSheet >= workbook.getNumberOfSheets()) {
            return null;
        }
        return new XlsSheet(workbook.getSheetAt(nextSheet++));
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** An error value as the spreadsheet shows it ("#DIV/0!"), as the xlsx and ods readers give it. */
    static String errorText(byte code) {
        try {
            return org.apache.poi.ss.usermodel.FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    private final class XlsSheet implements SheetReader {
        private final Sheet sheet;
        private final Iterator<Row> rows;
        private final VerticalMerges merges = new VerticalMerges();

        XlsSheet(Sheet sheet) {
            this.sheet = sheet;
            this.rows = sheet.rowIterator();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                merges.region(region.getFirstRow() + 1, region.getLastRow() + 1, region.getFirstColumn());
            }
        }

        @Override
        public String name() {
            return sheet.getSheetName();
        }

        @Override
        public boolean date1904() {
            return date1904;
        }

        @Override
        public SheetRow nextRow() {
            while (rows.hasNext()) {
                Row row = rows.next();
                List<CellValue> cells = new ArrayList<>();
                for (Cell cell : row) {
                    int column = cell.getColumnIndex();
                    if (column >= SheetLimits.MAX_COLUMNS) {
                        continue;
                    }
                    CellValue value = value(cell, cell.getCellType());
                    while (cells.size() < column) {
                        cells.add(null);
                    }
                    if (cells.size() == column) {
                        cells.add(value);
                    } else {
                        cells.set(column, value);
                    }
                }
                int number = row.getRowNum() + 1;
                merges.apply(number, cells);
                SheetRow sheetRow = new SheetRow(number, cells);
                if (!sheetRow.isBlank()) {
                    return sheetRow;
                }
            }
            return null;
        }

        private CellValue value(Cell cell, CellType type) {
            return switch (type) {
                case STRING -> {
                    String text = cell.getStringCellValue();
                    yield text == null || text.isEmpty() ? null : new CellValue.TextCell(text);
                }
                case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                        ? new CellValue.DateCell(cell.getLocalDateTimeCellValue())
                        : new CellValue.NumberCell(cell.getNumericCellValue());
                case BOOLEAN -> new CellValue.BooleanCell(cell.getBooleanCellValue());
                case FORMULA -> value(cell, cell.getCachedFormulaResultType());
                case ERROR -> new CellValue.TextCell(errorText(cell.getErrorCellValue()));
                default -> null;
            };
        }
    }
}
