package uk.datashares.ingest;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A small zip whose content.xml or sheet part inflates to gigabytes (a decompression bomb) is
 * refused by {@link InflationLimits} early, quickly and without exhausting memory, while small
 * genuine parts that compress very well are read.
 */
class InflationLimitsTest {

    /** Low limits so the lowered-limit tests inflate only a few megabytes. */
    private static final InflationLimits LOW = new InflationLimits(64L << 20, 100.0, 1L << 20);

    private static final long GIB = 1L << 30;

    @TempDir
    Path dir;

    // ---- bombs made of what a spreadsheet part may legally hold -----------------------------

    private static ZipBombs.Bomb odsRowsBomb(long inflatedBytes) {
        String row = "<table:table-row/>".repeat(1 << 14);
        return new ZipBombs.Bomb("content.xml",
                TestWorkbooks.odsContent("<table:table table:name=\"Bomb\">").replace(
                        "</office:spreadsheet></office:body></office:document-content>\n", ""),
                row, inflatedBytes / row.length(),
                "</table:table></office:spreadsheet></office:body></office:document-content>");
    }

    private static ZipBombs.Bomb odsTextBomb(long inflatedBytes) {
        String spaces = " ".repeat(1 << 20);
        String head = TestWorkbooks.odsContent("<table:table table:name=\"Bomb\"><table:table-row>"
                + "<table:table-cell office:value-type=\"string\"><text:p>").replace(
                "</office:spreadsheet></office:body></office:document-content>\n", "");
        return new ZipBombs.Bomb("content.xml", head, spaces, inflatedBytes / spaces.length(),
                "</text:p></table:table-cell></table:table-row></table:table>"
                        + "</office:spreadsheet></office:body></office:document-content>");
    }

    private Path odsBomb(ZipBombs.Bomb bomb) throws IOException {
        Map<String, byte[]> stored = new LinkedHashMap<>();
        stored.put("mimetype", TestWorkbooks.ODS_MIMETYPE.getBytes(StandardCharsets.US_ASCII));
        stored.put("META-INF/manifest.xml", TestWorkbooks.ODS_MANIFEST.getBytes(StandardCharsets.UTF_8));
        return ZipBombs.write(dir.resolve("bomb.ods"), stored, bomb);
    }

    /** A genuine xlsx written by POI whose first sheet part is replaced by the bomb. */
    private Path xlsxBomb(String chunk, long inflatedBytes) throws IOException {
        Path genuine = dir.resolve("genuine.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(genuine)) {
            workbook.createSheet("Bomb").createRow(0).createCell(0).setCellValue("title");
            workbook.write(out);
        }
        Map<String, byte[]> stored = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(genuine.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    stored.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
                }
            }
        }
        ZipBombs.Bomb bomb = new ZipBombs.Bomb("xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>",
                chunk, inflatedBytes / chunk.length(), "</sheetData></worksheet>");
        return ZipBombs.write(dir.resolve("bomb.xlsx"), stored, bomb);
    }

    private static void readEverything(Path file, InflationLimits limits) throws IOException {
        try (WorkbookReader reader = TestWorkbooks.open(file, limits)) {
            SheetReader sheet;
            while ((sheet = reader.nextSheet()) != null) {
                TestWorkbooks.rows(sheet);
            }
        }
    }

    // ---- lowered limits: fast --------------------------------------------------------------

    @Test
    void refusesAnOdsWhoseContentInflatesToGigabytesOfEmptyRows() throws IOException {
        Path bomb = odsBomb(odsRowsBomb(4 * GIB - 1));
        assertThat(Files.size(bomb)).isLessThan(16L << 20);

        assertThatThrownBy(() -> readEverything(bomb, LOW))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("bomb.ods")
                .hasMessageContaining("content.xml")
                .hasMessageContaining("decompression bomb");
    }

    @Test
    void refusesAnOdsWhoseCellTextInflatesToGigabytesOfSpaces() throws IOException {
        Path bomb = odsBomb(odsTextBomb(4 * GIB - 1));

        assertThatThrownBy(() -> readEverything(bomb, LOW))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("bomb.ods")
                .hasMessageContaining("decompression bomb");
    }

    @Test
    void refusesAnXlsxWhoseSheetInflatesToGigabytesOfSpaces() throws IOException {
        Path bomb = xlsxBomb(" ".repeat(1 << 20), 4 * GIB - 1);

        assertThatThrownBy(() -> readEverything(bomb, LOW))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("bomb.xlsx")
                .hasMessageContaining("xl/worksheets/sheet1.xml")
                .hasMessageContaining("decompression bomb");
    }

    @Test
    void refusesAPartLargerThanTheLimitForOneSheetWhateverItsRatio() throws IOException {
        InflationLimits smallSheets = new InflationLimits(1L << 20, 1e9, 1L << 30);
        Path bomb = odsBomb(odsRowsBomb(64L << 20));

        assertThatThrownBy(() -> readEverything(bomb, smallSheets))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("bomb.ods")
                .hasMessageContaining("inflates beyond 1 MiB");
    }

    @Test
    void readsSmallPartsThatCompressBetterThanTheRatioWithinTheGrace() throws IOException {
        // 512 KiB of empty rows compress about 500:1, beyond the ratio, but stay within the grace.
        Path small = odsBomb(odsRowsBomb(512L << 10));

        try (WorkbookReader reader = TestWorkbooks.open(small, LOW)) {
            SheetReader sheet = reader.nextSheet();
            assertThat(sheet.name()).isEqualTo("Bomb");
            assertThat(sheet.nextRow()).isNull();
        }
    }

    @Test
    void refusesABombWhoseZipEntryForgesASmallSizeOnceItInflatesBeyondIt() throws IOException {
        Path bomb = odsBomb(odsRowsBomb(4 * GIB - 1).declaring(200_000));

        assertThatThrownBy(() -> readEverything(bomb, LOW))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("bomb.ods")
                .hasMessageContaining("content.xml inflates beyond the 200000 bytes its zip entry declares");
    }

    // ---- the default limits: still quick ---------------------------------------------------

    @Test
    void refusesAnOdsRowsBombQuicklyWithTheDefaultLimits() throws IOException {
        Path bomb = odsBomb(odsRowsBomb(4 * GIB - 1));

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> readEverything(bomb, InflationLimits.DEFAULT))
                        .isInstanceOf(InputFileException.class)
                        .hasMessageContaining("decompression bomb"));
    }

    @Test
    void refusesAnOdsTextBombQuicklyWithTheDefaultLimits() throws IOException {
        Path bomb = odsBomb(odsTextBomb(4 * GIB - 1));

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> readEverything(bomb, InflationLimits.DEFAULT))
                        .isInstanceOf(InputFileException.class)
                        .hasMessageContaining("decompression bomb"));
    }

    @Test
    void refusesAForgedHeaderBombQuicklyWithTheDefaultLimits() throws IOException {
        Path bomb = odsBomb(odsTextBomb(4 * GIB - 1).declaring(8L << 20));

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> readEverything(bomb, InflationLimits.DEFAULT))
                        .isInstanceOf(InputFileException.class)
                        .hasMessageContaining("decompression bomb"));
    }

    @Test
    void refusesAnXlsxBombQuicklyWithTheDefaultLimits() throws IOException {
        Path bomb = xlsxBomb(" ".repeat(1 << 20), 4 * GIB - 1);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> readEverything(bomb, InflationLimits.DEFAULT))
                        .isInstanceOf(InputFileException.class)
                        .hasMessageContaining("decompression bomb"));
    }
}
