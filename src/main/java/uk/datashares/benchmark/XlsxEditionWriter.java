package uk.datashares.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import uk.datashares.ingest.CellReference;
import uk.datashares.publish.spreadsheet.XmlText;

/**
 * Writes a synthetic edition as one .xlsx workbook the way Excel does: every text in the
 * shared strings table, dd/mm/yyyy dates as date serials with a date format, cell references
 * on every cell. Streams the sheets; only the shared strings are held until the end.
 */
final class XlsxEditionWriter {

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);

    private final Map<String, Integer> strings = new HashMap<>();
    private final StringBuilder stringOrder = new StringBuilder();
    private int stringCount;

    Path write(SyntheticEdition edition, Path folder) throws IOException {
        Path file = folder.resolve(SyntheticEdition.FILE_STEM + ".xlsx");
        List<SyntheticSheet> sheets = edition.sheets();
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1);
            part(zip, "[Content_Types].xml", contentTypes(sheets.size()));
            part(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, "xl/workbook.xml", workbook(sheets));
            part(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
            part(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                sheet(sheets.get(i), xml);
                xml.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + stringCount + "\" uniqueCount=\""
                    + stringCount + "\">");
            xml.append(stringOrder);
            xml.write("</sst>");
            xml.flush();
            zip.closeEntry();
        }
        return file;
    }

    private void sheet(SyntheticSheet sheet, Writer xml) throws IOException {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        int[] rowNumber = {0};
        sheet.rows().writeTo(cells -> {
            rowNumber[0]++;
            xml.write("<row r=\"" + rowNumber[0] + "\">");
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c);
                if (text.isEmpty()) {
                    continue;
                }
                String reference = CellReference.letters(c) + rowNumber[0];
                Optional<LocalDate> date = DateCells.date(text);
                if (date.isPresent()) {
                    xml.write("<c r=\"" + reference + "\" s=\"1\"><v>" + ChronoUnit.DAYS.between(EPOCH_1900, date.get()) + "</v></c>");
                } else {
                    xml.write("<c r=\"" + reference + "\" t=\"s\"><v>" + index(text) + "</v></c>");
                }
            }
            xml.write("</row>");
        });
        xml.write("</sheetData></worksheet>");
    }

    private int index(String text) {
        Integer index = strings.get(text);
        if (index == null) {
            index = stringCount++;
            strings.put(text, index);
            stringOrder.append("<si><t xml:space=\"preserve\">");
            stringOrder.append(XmlText.escape(text));
            stringOrder.append("</t></si>");
        }
        return index;
    }


    private static void part(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String workbook(List<SyntheticSheet> sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<sheet name=\"").append(sheets.get(i).name()).append("\" sheetId=\"").append(i + 1)
                    .append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private static String workbookRelationships(int sheets) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>");
        }
        int next = sheets + 1;
        xml.append("<Relationship Id=\"rId").append(next)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        xml.append("<Relationship Id=\"rId").append(next + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "</styleSheet>";
}
