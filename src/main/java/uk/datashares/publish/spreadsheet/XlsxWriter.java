package uk.datashares.publish.spreadsheet;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a release workbook as .xlsx with Apache POI: each table an Excel table (so screen
 * readers and filters know where it is), numbers as numeric cells with a number format, links
 * from the contents as document hyperlinks, the document properties set, and the package
 * rewritten with fixed zip entry times so the same workbook gives the same bytes.
 */
public final class XlsxWriter {

    private XlsxWriter() {
    }

    public static void write(List<Sheet> sheets, DocumentInfo info, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (Sheet sheet : sheets) {
                writeSheet(workbook, workbook.createSheet(sheet.name()), sheet, styles);
            }
            properties(workbook, info);
            workbook.write(bytes);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            StableZip.rewrite(bytes.toByteArray(), out);
        }
    }

    private static void writeSheet(XSSFWorkbook workbook, XSSFSheet target, Sheet sheet, Styles styles) {
        int[] widths = ColumnWidths.of(sheet);
        for (int i = 0; i < widths.length; i++) {
            target.setColumnWidth(i, widths[i] * 256);
        }
        int r = 0;
        for (Cell line : sheet.lines()) {
            put(workbook, target.createRow(r++).createCell(0), line, styles);
        }
        if (sheet.table().isEmpty()) {
            return;
        }
        Sheet.Table table = sheet.table().get();
        XSSFRow header = target.createRow(r++);
        for (int c = 0; c < table.header().size(); c++) {
            put(workbook, header.createCell(c), new Cell.Text(table.header().get(c), Cell.Style.HEADER), styles);
        }
        for (List<Cell> row : table.rows()) {
            XSSFRow targetRow = target.createRow(r++);
            for (int c = 0; c < row.size(); c++) {
                put(workbook, targetRow.createCell(c), row.get(c), styles);
            }
        }
        // An Excel table has at least one data row; an empty table keeps one empty row.
        int last = Math.max(r - 1, sheet.headerRow() + 1);
        XSSFTable excelTable = target.createTable(new AreaReference(new CellReference(sheet.headerRow(), 0),
                new CellReference(last, table.header().size() - 1), SpreadsheetVersion.EXCEL2007));
        excelTable.setName(table.name());
        excelTable.setDisplayName(table.name());
        excelTable.updateHeaders();
        excelTable.getCTTable().addNewTableStyleInfo().setName("TableStyleLight1");
        excelTable.getCTTable().getTableStyleInfo().setShowRowStripes(false);
    }

    private static void put(XSSFWorkbook workbook, XSSFCell target, Cell cell, Styles styles) {
        if (cell instanceof Cell.Text text) {
            target.setCellValue(text.text());
            CellStyle style = styles.text.get(text.style());
            if (style != null) {
                target.setCellStyle(style);
            }
        } else if (cell instanceof Cell.Number number) {
            target.setCellValue(number.value().doubleValue());
            target.setCellStyle(styles.number(workbook, number.pattern()));
        } else if (cell instanceof Cell.Link link) {
            target.setCellValue(link.text());
            XSSFHyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            hyperlink.setAddress("'" + link.sheet() + "'!A1");
            target.setHyperlink(hyperlink);
            target.setCellStyle(styles.link);
        }
    }

    private static void properties(XSSFWorkbook workbook, DocumentInfo info) {
        var core = workbook.getProperties().getCoreProperties();
        core.setTitle(info.title());
        core.setSubjectProperty(info.subject());
        core.setCreator(info.creator());
        PackagePropertiesPart part = core.getUnderlyingProperties();
        // POI stamps a new package with the time it was made; the run time belongs to the manifest only.
        part.setCreatedProperty(Optional.empty());
        part.setModifiedProperty(Optional.empty());
        part.setLanguageProperty(Optional.of(info.language()));
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("datashares");
    }

    /** The few cell styles the workbook uses, made once each. */
    private static final class Styles {
        final Map<Cell.Style, CellStyle> text = new EnumMap<>(Cell.Style.class);
        final CellStyle link;
        final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            text.put(Cell.Style.TITLE, bold(workbook, 15));
            text.put(Cell.Style.HEADING, bold(workbook, 12));
            text.put(Cell.Style.HEADER, bold(workbook, 11));
            XSSFFont linkFont = workbook.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(IndexedColors.BLUE.getIndex());
            link = workbook.createCellStyle();
            link.setFont(linkFont);
        }

        CellStyle number(XSSFWorkbook workbook, String pattern) {
            return numbers.computeIfAbsent(pattern, p -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(p));
                return style;
            });
        }

        private static CellStyle bold(XSSFWorkbook workbook, int points) {
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) points);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }
    }
}
