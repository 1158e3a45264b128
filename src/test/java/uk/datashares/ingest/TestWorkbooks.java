package uk.datashares.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small workbooks written by the tests themselves, so that each test shows the feature it
 * checks: ODS files are zips written by hand (mimetype first and stored, a manifest, and a
 * content.xml given as a string); reading helpers open any file the way the pipeline does.
 */
final class TestWorkbooks {

    static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

    static final String ODS_MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;

    private TestWorkbooks() {
    }

    /** The content.xml of a spreadsheet whose body holds {@code tables} (table:table elements). */
    static String odsContent(String tables) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
                xmlns:dc="http://purl.org/dc/elements/1.1/" \
                xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
                xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">
                <office:body><office:spreadsheet>
                """ + tables + """
                </office:spreadsheet></office:body></office:document-content>
                """;
    }

    /** One table:table element. */
    static String odsTable(String name, String rows) {
        return "<table:table table:name=\"" + name + "\">"
                + "<table:table-column table:number-columns-repeated=\"16384\"/>"
                + rows + "</table:table>";
    }

    /** Writes an .ods file with one table. */
    static Path ods(Path dir, String fileName, String sheetName, String rows) throws IOException {
        return odsWithContent(dir, fileName, odsContent(odsTable(sheetName, rows)));
    }

    /** Writes an .ods file from a complete content.xml. */
    static Path odsWithContent(Path dir, String fileName, String contentXml) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("META-INF/manifest.xml", ODS_MANIFEST.getBytes(StandardCharsets.UTF_8));
        parts.put("content.xml", contentXml.getBytes(StandardCharsets.UTF_8));
        return odsWithParts(dir.resolve(fileName), parts);
    }

    /** Writes an .ods zip: the stored mimetype entry first, as the format requires, then the parts. */
    static Path odsWithParts(Path file, Map<String, byte[]> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = ODS_MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            entry.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** An ODS cell holding text (given as the XML inside its text:p). */
    static String text(String xml) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + xml + "</text:p></table:table-cell>";
    }

    static String row(String... cells) {
        return "<table:table-row>" + String.join("", cells) + "</table:table-row>";
    }

    /** Reads one part of a zip as UTF-8 text. */
    static String part(Path zipFile, String part) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(zipFile.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(part)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Rewrites a zip with one part replaced (e.g. an xlsx sheet part written by hand), or removed when null. */
    static Path replacePart(Path zipFile, String part, String content) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(zipFile.toFile())) {
            java.util.Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                parts.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        if (content == null) {
            parts.remove(part);
        } else {
            parts.put(part, content.getBytes(StandardCharsets.UTF_8));
        }
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return zipFile;
    }

    /** Opens a file the way the pipeline does: fingerprint first, then the reader its bytes call for. */
    static WorkbookReader open(Path file) throws IOException {
        return open(file, InflationLimits.DEFAULT);
    }

    static WorkbookReader open(Path file, InflationLimits limits) throws IOException {
        return new WorkbookReaders(limits).open(file, FileFingerprint.of(file));
    }

    /** Every sheet of a file with every row it returns, in workbook order. */
    static Map<String, List<SheetRow>> readAll(Path file) throws IOException {
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        try (WorkbookReader reader = open(file)) {
            SheetReader sheet;
            while ((sheet = reader.nextSheet()) != null) {
                sheets.put(sheet.name(), rows(sheet));
            }
        }
        return sheets;
    }

    /** The rows of the only (or first) sheet of a file. */
    static List<SheetRow> firstSheet(Path file) throws IOException {
        try (WorkbookReader reader = open(file)) {
            return rows(reader.nextSheet());
        }
    }

    static List<SheetRow> rows(SheetReader sheet) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        SheetRow row;
        while ((row = sheet.nextRow()) != null) {
            rows.add(row);
        }
        return rows;
    }

    /** A row as the texts of its cells ("" for a blank cell), for compact assertions. */
    static List<String> texts(SheetRow row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            texts.add(row.text(i));
        }
        return texts;
    }

    static List<Integer> numbers(List<SheetRow> rows) {
        return rows.stream().map(SheetRow::number).toList();
    }
}
