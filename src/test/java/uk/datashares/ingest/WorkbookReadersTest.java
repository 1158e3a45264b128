package uk.datashares.ingest;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.datashares.ingest.TestWorkbooks.row;
import static uk.datashares.ingest.TestWorkbooks.text;

/**
 * Files that cannot be read each give an {@link InputFileException} whose message names the
 * file and says what is wrong, instead of a parser's stack trace (SPEC §2, bad files).
 */
class WorkbookReadersTest {

    @TempDir
    Path dir;

    /** Opens the file and reads every row of every sheet, as the scan and the job do. */
    private static void readEverything(Path file) throws IOException {
        try (WorkbookReader reader = TestWorkbooks.open(file)) {
            SheetReader sheet;
            while ((sheet = reader.nextSheet()) != null) {
                TestWorkbooks.rows(sheet);
            }
        }
    }

    private static AbstractThrowableAssert<?, ?> assertRefused(Path file, String problem) {
        String name = file.getFileName().toString();
        return assertThatThrownBy(() -> readEverything(file))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.file()).isEqualTo(name))
                .hasMessageStartingWith("file " + name)
                .hasMessageContaining(problem);
    }

    private Path xlsx(String name) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = workbook.createSheet("DSAP approved");
            for (int r = 0; r < 2000; r++) {
                sheet.createRow(r).createCell(0).setCellValue("DR" + r + " University number " + (r * 7919 % 10007));
            }
            workbook.write(out);
        }
        return file;
    }

    private Path xls(String name) throws IOException {
        Path file = dir.resolve(name);
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Police").createRow(0).createCell(0).setCellValue("Date");
            workbook.write(out);
        }
        return file;
    }

    private Path ods(String name) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < 2000; r++) {
            rows.append(row(text("DR" + r), text("University number " + (r * 7919 % 10007))));
        }
        return TestWorkbooks.ods(dir, name, "Home Office", rows.toString());
    }

    private static Path truncate(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    // ---- empty, wrong and unsupported files ------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"empty.xlsx", "empty.ods", "empty.xls", "empty.csv"})
    void refusesAnEmptyFile(String name) throws IOException {
        Path file = Files.write(dir.resolve(name), new byte[0]);

        assertRefused(file, "is empty (0 bytes)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shares.pdf", "shares.txt", "shares.xlsm", "shares"})
    void refusesAnUnsupportedExtension(String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "Reference,Organisation\n");

        assertRefused(file, "is not a format datashares reads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shares.xlsx", "shares.ods", "shares.xls"})
    void refusesATextFileNamedAsAWorkbook(String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "Reference,Organisation\nDR1,University of Bath\n");

        assertRefused(file, "its content is a text file");
    }

    @Test
    void refusesAnXlsWorkbookNamedXlsx() throws IOException {
        Path file = Files.move(xls("legacy.xls"), dir.resolve("legacy.xlsx"));

        assertRefused(file, "is a legacy .xls workbook saved with an .xlsx name");
    }

    @Test
    void refusesAnXlsxWorkbookNamedXls() throws IOException {
        Path file = Files.move(xlsx("modern.xlsx"), dir.resolve("modern.xls"));

        assertRefused(file, "is an .xlsx workbook saved with an .xls name");
    }

    @Test
    void refusesAnOdsSpreadsheetNamedXlsx() throws IOException {
        Path file = Files.move(ods("calc.ods"), dir.resolve("calc.xlsx"));

        assertRefused(file, "is an .ods spreadsheet saved with an .xlsx name");
    }

    @Test
    void refusesAnXlsxWorkbookNamedOds() throws IOException {
        Path file = Files.move(xlsx("excel.xlsx"), dir.resolve("excel.ods"));

        assertRefused(file, "is an .xlsx workbook saved with an .ods name");
    }

    @Test
    void refusesABinaryWorkbookNamedCsv() throws IOException {
        Path file = Files.move(xlsx("sheet.xlsx"), dir.resolve("sheet.csv"));

        assertRefused(file, "is a binary workbook saved with a .csv name");
    }

    @Test
    void refusesBinaryDataNamedCsvAndSaysWhatUtf16TextIs() throws IOException {
        Path binary = Files.write(dir.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertRefused(binary, "is not a text file: it holds binary data");

        Path utf16 = Files.write(dir.resolve("unicode.csv"), "\uFEFFReference,Organisation\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertRefused(utf16, "is UTF-16 text");
    }

    // ---- damaged files ---------------------------------------------------------------------

    @Test
    void refusesATruncatedXlsx() throws IOException {
        assertRefused(truncate(xlsx("truncated.xlsx")), "damaged or truncated");
    }

    @Test
    void refusesATruncatedOds() throws IOException {
        assertRefused(truncate(ods("truncated.ods")), "damaged or truncated");
    }

    @Test
    void refusesATruncatedXls() throws IOException {
        assertRefused(truncate(xls("truncated.xls")), "is not a readable .xls workbook");
    }

    @Test
    void refusesAnXlsxWhoseSheetDataIsCorrupt() throws IOException {
        // The zip directory is intact but the sheet part's deflated bytes are overwritten.
        Path file = xlsx("corrupt.xlsx");
        byte[] bytes = Files.readAllBytes(file);
        int sheetData = indexOf(bytes, "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII)) + 200;
        Arrays.fill(bytes, sheetData, sheetData + 400, (byte) 0xFF);
        Files.write(file, bytes);

        assertRefused(file, "damaged");
    }

    @Test
    void refusesAnOdsWhoseContentIsCorrupt() throws IOException {
        Path file = ods("corrupt.ods");
        byte[] bytes = Files.readAllBytes(file);
        int content = indexOf(bytes, "content.xml".getBytes(StandardCharsets.US_ASCII)) + 200;
        Arrays.fill(bytes, content, content + 400, (byte) 0xFF);
        Files.write(file, bytes);

        assertRefused(file, "damaged");
    }

    @Test
    void refusesAnOdsWhoseContentXmlIsCutShort() throws IOException {
        String content = TestWorkbooks.odsContent(TestWorkbooks.odsTable("Police", row(text("a"), text("b"))
                + row(text("c"), text("d"))));
        Path file = TestWorkbooks.odsWithContent(dir, "cut.ods", content.substring(0, content.indexOf("<text:p>c")));

        assertRefused(file, "content.xml is damaged or truncated");
    }

    @Test
    void refusesAZipWithoutTheWorkbookParts() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("META-INF/manifest.xml", TestWorkbooks.ODS_MANIFEST.getBytes(StandardCharsets.UTF_8));
        Path ods = TestWorkbooks.odsWithParts(dir.resolve("nocontent.ods"), parts);
        Path xlsx = Files.copy(ods, dir.resolve("noworkbook.xlsx"));

        assertRefused(ods, "has no part content.xml");
        assertRefused(xlsx, "has no part xl/workbook.xml");
    }

    // ---- password-protected files ----------------------------------------------------------

    @Test
    void refusesAPasswordProtectedXlsx() throws Exception {
        Path plain = xlsx("plain.xlsx");
        Path file = dir.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                Files.copy(plain, encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertRefused(file, "is protected with a password");
    }

    @Test
    void refusesAPasswordProtectedOds() throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="2317">
                  <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">
                   <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>
                   <manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>
                   <manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/>
                  </manifest:encryption-data>
                 </manifest:file-entry>
                </manifest:manifest>
                """.getBytes(StandardCharsets.UTF_8));
        byte[] ciphertext = new byte[2048];
        new java.util.Random(1).nextBytes(ciphertext);
        parts.put("content.xml", ciphertext);
        Path file = TestWorkbooks.odsWithParts(dir.resolve("protected.ods"), parts);

        assertRefused(file, "is protected with a password");
    }

    @Test
    void refusesAPasswordProtectedXls() throws IOException {
        Path file = dir.resolve("protected.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Police").createRow(0).createCell(0).setCellValue("Date");
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertRefused(file, "is protected with a password");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("not found");
    }
}
