package uk.datashares.publish.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipOutputStream;

/**
 * Writes a release workbook as an OpenDocument spreadsheet (.ods), the format government
 * publishes in, streaming the XML straight into the zip: nothing is built as a document tree,
 * so memory stays bounded by one row. Numbers are {@code office:value-type="float"} cells with
 * a number style; the contents links are {@code text:a} links to A1 of each worksheet; each
 * table is a named database range, the ODF counterpart of an Excel table.
 */
public final class OdsWriter {

    static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String VERSION = "1.3";
    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\""
            + " xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\"";
    /** Column width per character shown, and padding, in centimetres (LibreOffice's default 10pt font). */
    private static final double CM_PER_CHAR = 0.21;
    private static final double CM_PADDING = 0.3;

    private OdsWriter() {
    }

    public static void write(List<Sheet> sheets, DocumentInfo info, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            StableZip.putStored(zip, "mimetype", MIMETYPE.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(StableZip.entry("content.xml"));
            Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            content(sheets, xml);
            xml.flush();
            zip.closeEntry();
            part(zip, "styles.xml", styles());
            part(zip, "meta.xml", meta(info));
            part(zip, "META-INF/manifest.xml", manifest());
        }
    }

    private static void part(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(StableZip.entry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void content(List<Sheet> sheets, Writer xml) throws IOException {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content" + NAMESPACES
                + " office:version=\"" + VERSION + "\"><office:automatic-styles>");
        TreeSet<String> patterns = new TreeSet<>();
        TreeMap<Integer, String> columnStyles = new TreeMap<>();
        for (Sheet sheet : sheets) {
            for (int width : ColumnWidths.of(sheet)) {
                columnStyles.put(width, "co" + width);
            }
            sheet.table().ifPresent(table -> table.rows().forEach(row -> row.forEach(cell -> {
                if (cell instanceof Cell.Number number) {
                    patterns.add(number.pattern());
                }
            })));
        }
        for (var column : columnStyles.entrySet()) {
            xml.write("<style:style style:name=\"" + column.getValue() + "\" style:family=\"table-column\">"
                    + "<style:table-column-properties style:column-width=\"" + centimetres(column.getKey()) + "\"/></style:style>");
        }
        xml.write("<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\">"
                + "<style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>");
        textStyle(xml, Cell.Style.TITLE, "15pt");
        textStyle(xml, Cell.Style.HEADING, "12pt");
        textStyle(xml, Cell.Style.HEADER, null);
        for (String pattern : patterns) {
            int decimals = pattern.contains(".") ? pattern.length() - pattern.indexOf('.') - 1 : 0;
            String name = numberStyleName(pattern);
            xml.write("<number:number-style style:name=\"N" + name + "\"><number:number number:decimal-places=\"" + decimals
                    + "\" number:min-decimal-places=\"" + decimals + "\" number:min-integer-digits=\"1\""
                    + (pattern.startsWith("#,##") ? " number:grouping=\"true\"" : "") + "/></number:number-style>");
            xml.write("<style:style style:name=\"ce" + name + "\" style:family=\"table-cell\" style:parent-style-name=\"Default\""
                    + " style:data-style-name=\"N" + name + "\"/>");
        }
        xml.write("</office:automatic-styles><office:body><office:spreadsheet>");
        for (Sheet sheet : sheets) {
            sheet(sheet, xml);
        }
        xml.write("<table:database-ranges>");
        for (Sheet sheet : sheets) {
            if (sheet.table().isPresent()) {
                Sheet.Table table = sheet.table().get();
                int last = sheet.headerRow() + Math.max(1, table.rows().size());
                String sheetName = quoteSheet(sheet.name());
                xml.write("<table:database-range table:name=\"" + XmlText.escape(table.name()) + "\" table:target-range-address=\""
                        + XmlText.escape(sheetName + "." + cellName(0, sheet.headerRow()) + ":" + sheetName + "."
                        + cellName(table.header().size() - 1, last)) + "\" table:contains-header=\"true\"/>");
            }
        }
        xml.write("</table:database-ranges></office:spreadsheet></office:body></office:document-content>\n");
    }

    private static void sheet(Sheet sheet, Writer xml) throws IOException {
        xml.write("<table:table table:name=\"" + XmlText.escape(sheet.name()) + "\" table:style-name=\"ta1\">");
        for (int width : ColumnWidths.of(sheet)) {
            xml.write("<table:table-column table:style-name=\"co" + width + "\" table:default-cell-style-name=\"Default\"/>");
        }
        for (Cell line : sheet.lines()) {
            xml.write("<table:table-row>");
            cell(line, xml);
            xml.write("</table:table-row>");
        }
        if (sheet.table().isPresent()) {
            Sheet.Table table = sheet.table().get();
            xml.write("<table:table-row>");
            for (String header : table.header()) {
                cell(new Cell.Text(header, Cell.Style.HEADER), xml);
            }
            xml.write("</table:table-row>");
            for (List<Cell> row : table.rows()) {
                xml.write("<table:table-row>");
                for (Cell cell : row) {
                    cell(cell, xml);
                }
                xml.write("</table:table-row>");
            }
        }
        xml.write("</table:table>");
    }

    private static void cell(Cell cell, Writer xml) throws IOException {
        if (cell instanceof Cell.Text text) {
            String style = text.style() == Cell.Style.PLAIN ? "" : " table:style-name=\"ce-" + text.style().name().toLowerCase(Locale.ROOT) + "\"";
            xml.write("<table:table-cell office:value-type=\"string\"" + style + "><text:p>" + paragraph(text.text())
                    + "</text:p></table:table-cell>");
        } else if (cell instanceof Cell.Number number) {
            xml.write("<table:table-cell table:style-name=\"ce" + numberStyleName(number.pattern())
                    + "\" office:value-type=\"float\" office:value=\"" + plain(number.value()) + "\"><text:p>"
                    + XmlText.escape(number.display()) + "</text:p></table:table-cell>");
        } else if (cell instanceof Cell.Link link) {
            xml.write("<table:table-cell office:value-type=\"string\"><text:p><text:a xlink:type=\"simple\" xlink:href=\"#"
                    + XmlText.escape(quoteSheet(link.sheet())) + ".A1\">" + paragraph(link.text()) + "</text:a></text:p></table:table-cell>");
        }
    }

    private static void textStyle(Writer xml, Cell.Style style, String size) throws IOException {
        xml.write("<style:style style:name=\"ce-" + style.name().toLowerCase(Locale.ROOT) + "\" style:family=\"table-cell\""
                + " style:parent-style-name=\"Default\"><style:text-properties fo:font-weight=\"bold\""
                + (size == null ? "" : " fo:font-size=\"" + size + "\"") + "/></style:style>");
    }

    private static String numberStyleName(String pattern) {
        int decimals = pattern.contains(".") ? pattern.length() - pattern.indexOf('.') - 1 : 0;
        return (pattern.startsWith("#,##") ? "g" : "p") + decimals;
    }

    private static String centimetres(int characters) {
        return BigDecimal.valueOf(characters * CM_PER_CHAR + CM_PADDING).setScale(3, java.math.RoundingMode.HALF_UP).toPlainString() + "cm";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** A1-style name of a cell, 0-based column and row. */
    static String cellName(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString() + (row + 1);
    }

    private static String quoteSheet(String name) {
        return name.matches("[A-Za-z0-9_]+") ? name : "'" + name.replace("'", "''") + "'";
    }

    /** Text of a paragraph: escaped, with runs of spaces, tabs and line breaks as ODF writes them. */
    static String paragraph(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ') {
                int run = 1;
                while (i + run < text.length() && text.charAt(i + run) == ' ') {
                    run++;
                }
                boolean leading = i == 0;
                int kept = leading ? 0 : 1;
                if (kept == 1) {
                    out.append(' ');
                }
                if (run - kept > 0) {
                    out.append("<text:s").append(run - kept > 1 ? " text:c=\"" + (run - kept) + "\"" : "").append("/>");
                }
                i += run;
                continue;
            }
            if (c == '\t') {
                out.append("<text:tab/>");
            } else if (c == '\n') {
                out.append("<text:line-break/>");
            } else if (c != '\r') {
                out.append(XmlText.escape(String.valueOf(c)));
            }
            i++;
        }
        return out.toString();
    }

    private static String styles() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles" + NAMESPACES + " office:version=\"" + VERSION + "\">"
                + "<office:styles><style:default-style style:family=\"table-cell\"><style:text-properties fo:font-size=\"10pt\"/>"
                + "</style:default-style><style:style style:name=\"Default\" style:family=\"table-cell\"/></office:styles>"
                + "<office:automatic-styles><style:page-layout style:name=\"pm1\"/></office:automatic-styles>"
                + "<office:master-styles><style:master-page style:name=\"Default\" style:page-layout-name=\"pm1\"/></office:master-styles>"
                + "</office:document-styles>\n";
    }

    private static String meta(DocumentInfo info) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta" + NAMESPACES + " office:version=\"" + VERSION + "\">"
                + "<office:meta><meta:generator>" + XmlText.escape(info.creator()) + "</meta:generator>"
                + "<dc:title>" + XmlText.escape(info.title()) + "</dc:title><dc:subject>" + XmlText.escape(info.subject()) + "</dc:subject>"
                + "<meta:initial-creator>" + XmlText.escape(info.creator()) + "</meta:initial-creator><dc:creator>" + XmlText.escape(info.creator())
                + "</dc:creator><dc:language>" + XmlText.escape(info.language()) + "</dc:language>"
                + "</office:meta></office:document-meta>\n";
    }

    private static String manifest() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"" + VERSION + "\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"" + VERSION + "\" manifest:media-type=\"" + MIMETYPE + "\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>\n";
    }
}
