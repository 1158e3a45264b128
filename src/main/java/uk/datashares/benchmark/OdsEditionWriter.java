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
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import uk.datashares.publish.spreadsheet.StableZip;
import uk.datashares.publish.spreadsheet.XmlText;

/**
 * Writes a synthetic edition as one .ods workbook the way LibreOffice does: text cells as
 * paragraphs (a line break starts a new one), dd/mm/yyyy dates as date cells, empty cells as
 * repeated empty cells, and each sheet closed by the huge repeated empty tail LibreOffice
 * writes. Streams straight into the zip.
 */
final class OdsEditionWriter {

    private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final int LIBREOFFICE_ROWS = 1_048_576;
    private static final int LIBREOFFICE_COLUMNS = 1024;

    Path write(SyntheticEdition edition, Path folder) throws IOException {
        Path file = folder.resolve(SyntheticEdition.FILE_STEM + ".ods");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(1);
            StableZip.putStored(zip, "mimetype", MIMETYPE.getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            content(edition, xml);
            xml.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest xmlns:manifest=\""
                    + "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private static void content(SyntheticEdition edition, Writer xml) throws IOException {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet>");
        for (SyntheticSheet sheet : edition.sheets()) {
            xml.write("<table:table table:name=\"");
            xml.write(XmlText.escape(sheet.name()));
            xml.write("\"><table:table-column table:number-columns-repeated=\"" + LIBREOFFICE_COLUMNS + "\"/>");
            int[] rows = {0};
            sheet.rows().writeTo(cells -> {
                rows[0]++;
                row(cells, xml);
            });
            xml.write("<table:table-row table:number-rows-repeated=\"" + (LIBREOFFICE_ROWS - rows[0])
                    + "\"><table:table-cell table:number-columns-repeated=\"" + LIBREOFFICE_COLUMNS + "\"/></table:table-row>");
            xml.write("</table:table>");
        }
        xml.write("</office:spreadsheet></office:body></office:document-content>");
    }

    private static void row(java.util.List<String> cells, Writer xml) throws IOException {
        xml.write("<table:table-row>");
        int empty = 0;
        for (String text : cells) {
            if (text.isEmpty()) {
                empty++;
                continue;
            }
            if (empty > 0) {
                emptyCells(empty, xml);
                empty = 0;
            }
            Optional<LocalDate> date = DateCells.date(text);
            if (date.isPresent()) {
                xml.write("<table:table-cell office:value-type=\"date\" office:date-value=\"" + date.get() + "\"><text:p>"
                        + text + "</text:p></table:table-cell>");
            } else {
                xml.write("<table:table-cell office:value-type=\"string\">");
                for (String line : text.split("\n", -1)) {
                    xml.write("<text:p>");
                    xml.write(XmlText.escape(line));
                    xml.write("</text:p>");
                }
                xml.write("</table:table-cell>");
            }
        }
        emptyCells(LIBREOFFICE_COLUMNS - cells.size() + empty, xml);
        xml.write("</table:table-row>");
    }

    private static void emptyCells(int count, Writer xml) throws IOException {
        xml.write(count == 1 ? "<table:table-cell/>" : "<table:table-cell table:number-columns-repeated=\"" + count + "\"/>");
    }
}
