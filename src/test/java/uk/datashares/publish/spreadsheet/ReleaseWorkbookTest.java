package uk.datashares.publish.spreadsheet;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import uk.datashares.edition.Edition;
import uk.datashares.ingest.CellValue;
import uk.datashares.ingest.InflationLimits;
import uk.datashares.ingest.OdsWorkbookReader;
import uk.datashares.ingest.SheetReader;
import uk.datashares.ingest.SheetRow;
import uk.datashares.publish.OutputFile;
import uk.datashares.publish.ReleaseContext;
import uk.datashares.publish.tables.AggregateTable;
import uk.datashares.publish.tables.TableCatalog;
import uk.datashares.publish.tables.TableRow;
import uk.datashares.store.LoadRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release spreadsheet as the GSS guidance lays it out, checked in both formats: the .xlsx
 * opened with POI, the .ods with the pipeline's own streaming reader.
 */
class ReleaseWorkbookTest {

    static final OffsetDateTime RUN_TIME = OffsetDateTime.parse("2023-10-05T09:30:00Z");
    static final List<String> TABLE_SHEETS = List.of("Route_and_safeguard", "Safeguards_recorded", "Home_Office");

    @TempDir
    Path folder;

    @Test
    void writesBothFormatsAndListsThemForTheManifest() throws IOException {
        List<OutputFile> files = workbook(RUN_TIME).write(folder);

        assertThat(files).containsExactly(OutputFile.spreadsheet("external-data-shares-2023-09-r1.ods", 6),
                OutputFile.spreadsheet("external-data-shares-2023-09-r1.xlsx", 6));
        try (ZipFile ods = new ZipFile(folder.resolve("external-data-shares-2023-09-r1.ods").toFile())) {
            ZipEntry first = ods.entries().nextElement();
            assertThat(first.getName()).as("ODF wants the mimetype first, uncompressed").isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
        }
    }

    @Test
    void xlsxHasCoverContentsNotesAndOneExcelTablePerSheetWithTitleInA1() throws IOException {
        workbook(RUN_TIME).write(folder);

        try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(folder.resolve("external-data-shares-2023-09-r1.xlsx")))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < xlsx.getNumberOfSheets(); i++) {
                XSSFSheet sheet = xlsx.getSheetAt(i);
                names.add(sheet.getSheetName());
                assertThat(sheet.getSheetName().length()).isLessThanOrEqualTo(31);
                assertThat(xlsx.isSheetHidden(i) || xlsx.isSheetVeryHidden(i)).as("hidden " + sheet.getSheetName()).isFalse();
                assertThat(sheet.getNumMergedRegions()).as("merged cells in " + sheet.getSheetName()).isZero();
                XSSFCell a1 = sheet.getRow(0).getCell(0);
                assertThat(a1.getCellType()).isEqualTo(CellType.STRING);
                assertThat(a1.getCellStyle().getFont().getBold()).as("title in A1 of " + sheet.getSheetName()).isTrue();
            }
            assertThat(names).containsExactly("Cover", "Contents", "Notes", "Route_and_safeguard", "Safeguards_recorded", "Home_Office");
            assertThat(text(xlsx.getSheet("Cover"), 0)).isEqualTo("DfE external data shares: September 2023");
            assertThat(columnA(xlsx.getSheet("Cover"))).contains("Edition", "Revision", "Status",
                    "Official statistics", "Source", "Contact", "data.sharing@education.gov.uk");
            assertThat(xlsx.getSheet("Cover").getTables()).isEmpty();

            XSSFSheet contents = xlsx.getSheet("Contents");
            List<String> linked = new ArrayList<>();
            for (int r = 3; r <= contents.getLastRowNum(); r++) {
                XSSFCell cell = contents.getRow(r).getCell(0);
                assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                assertThat(cell.getHyperlink().getAddress()).isEqualTo("'" + cell.getStringCellValue() + "'!A1");
                linked.add(cell.getStringCellValue());
            }
            assertThat(linked).containsExactly("Notes", "Route_and_safeguard", "Safeguards_recorded", "Home_Office");

            assertThat(columnB(xlsx.getSheet("Notes"))).anyMatch(t -> t.startsWith("[x] means not available"))
                    .anyMatch(t -> t.startsWith("[z] means not applicable")).anyMatch(t -> t.startsWith("[c] would mark"));

            for (String name : TABLE_SHEETS) {
                XSSFSheet sheet = xlsx.getSheet(name);
                assertThat(sheet.getTables()).as(name).hasSize(1);
                XSSFTable table = sheet.getTables().get(0);
                AreaReference area = table.getArea();
                assertThat(area.getFirstCell().getRow()).as("header row of " + name).isEqualTo(4);
                assertThat(area.getFirstCell().getCol()).isZero();
                assertThat(area.getLastCell().getRow()).isEqualTo(sheet.getLastRowNum());
                for (int r = 1; r < 4; r++) {
                    assertThat(sheet.getRow(r).getLastCellNum()).as("text lines above the table are in column A only").isEqualTo((short) 1);
                }
                for (int r = area.getFirstCell().getRow() + 1; r <= area.getLastCell().getRow(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    for (int c = 0; c <= area.getLastCell().getCol(); c++) {
                        assertThat(row.getCell(c)).as("no blank cell inside " + name).isNotNull();
                        assertThat(row.getCell(c).getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
                    }
                }
            }
            XSSFSheet coverage = xlsx.getSheet("Safeguards_recorded");
            assertThat(coverage.getRow(5).getCell(2).getCellType()).as("numbers stored as numbers").isEqualTo(CellType.NUMERIC);
            assertThat(coverage.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(71.64869);
            assertThat(coverage.getRow(5).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(coverage.getRow(6).getCell(4).getStringCellValue()).isEqualTo("[z]");
            assertThat(text(coverage, 2)).contains("[note 6]");
            XSSFSheet homeOffice = xlsx.getSheet("Home_Office");
            assertThat(homeOffice.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Year");
            assertThat(homeOffice.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(2023);
            assertThat(homeOffice.getRow(6).getCell(3).getStringCellValue()).isEqualTo("[x]");
            assertThat(text(homeOffice, 2)).contains("[note 5]");

            var core = xlsx.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("DfE external data shares: September 2023");
            assertThat(core.getCreated()).as("no run time: the manifest has it").isNull();
            assertThat(core.getModified()).isNull();
        }
    }

    @Test
    void odsHoldsTheSameSheetsRowsAndNumbers() throws IOException {
        workbook(RUN_TIME).write(folder);

        Map<String, List<SheetRow>> ods = readOds(folder.resolve("external-data-shares-2023-09-r1.ods"));
        assertThat(ods.keySet()).containsExactly("Cover", "Contents", "Notes", "Route_and_safeguard", "Safeguards_recorded", "Home_Office");
        for (List<SheetRow> rows : ods.values()) {
            assertThat(rows.get(0).number()).as("title in A1").isEqualTo(1);
            assertThat(rows.get(0).cells()).hasSize(1);
        }
        List<SheetRow> coverage = ods.get("Safeguards_recorded");
        assertThat(coverage).extracting(SheetRow::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(coverage.get(4).cell(0)).isEqualTo(new CellValue.TextCell("Count basis"));
        assertThat(coverage.get(5).cells().subList(0, 5)).containsExactly(new CellValue.TextCell("Listed in edition"),
                new CellValue.TextCell("Total"), new CellValue.NumberCell(649), new CellValue.NumberCell(465),
                new CellValue.NumberCell(71.64869));
        assertThat(coverage.get(6).cell(4)).isEqualTo(new CellValue.TextCell("[z]"));
        assertThat(ods.get("Home_Office").get(6).cells()).containsExactly(new CellValue.NumberCell(2023),
                new CellValue.TextCell("August"), new CellValue.NumberCell(72), new CellValue.TextCell("[x]"), new CellValue.TextCell("[x]"));

        String content = entry(folder.resolve("external-data-shares-2023-09-r1.ods"), "content.xml");
        for (String sheet : List.of("Notes", "Route_and_safeguard", "Safeguards_recorded", "Home_Office")) {
            assertThat(content).contains("xlink:href=\"#" + sheet + ".A1\"");
        }
        assertThat(content).contains("office:value-type=\"float\" office:value=\"71.64869\"><text:p>71.6</text:p>")
                .contains("table:database-range table:name=\"Safeguards_recorded_table\" table:target-range-address=\"Safeguards_recorded.A5:Safeguards_recorded.K7\"")
                .doesNotContain("number-columns-spanned").doesNotContain("table:visibility");
        assertThat(entry(folder.resolve("external-data-shares-2023-09-r1.ods"), "meta.xml"))
                .contains("<dc:title>DfE external data shares: September 2023</dc:title>")
                .doesNotContain("creation-date").doesNotContain("dc:date").doesNotContain("2023-10-05");
    }

    @Test
    void theSameTablesGiveTheSameBytesWhenEverTheyAreWritten() throws IOException {
        Path first = Files.createDirectories(folder.resolve("first"));
        Path second = Files.createDirectories(folder.resolve("second"));
        workbook(RUN_TIME).write(first);
        workbook(RUN_TIME.plusDays(40).plusMinutes(7)).write(second);

        for (String name : List.of("external-data-shares-2023-09-r1.ods", "external-data-shares-2023-09-r1.xlsx")) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
            try (ZipFile zip = new ZipFile(first.resolve(name).toFile())) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    assertThat(entry.getTimeLocal()).as(name + " " + entry.getName()).isEqualTo(StableZip.ENTRY_TIME);
                }
            }
        }
    }

    @Test
    void paragraphTextKeepsRepeatedSpacesAndEscapesMarkup() {
        assertThat(OdsWriter.paragraph("a  b <c> & \"d\"")).isEqualTo("a <text:s/>b &lt;c&gt; &amp; &quot;d&quot;");
        assertThat(OdsWriter.paragraph("  lead")).isEqualTo("<text:s text:c=\"2\"/>lead");
        assertThat(OdsWriter.cellName(0, 0)).isEqualTo("A1");
        assertThat(OdsWriter.cellName(26, 9)).isEqualTo("AA10");
    }

    static ReleaseWorkbook workbook(OffsetDateTime runTime) {
        ReleaseContext release = new ReleaseContext(Edition.parse("2023-09"), 1, 1, "First release of the September 2023 edition.",
                "in", "rules", runTime, 1, List.of(new LoadRepository.StoredInputFile("DfE_external_data_shares_September_2023.ods",
                Path.of("in.ods"), "0".repeat(64), 100)), Optional.empty(), Optional.empty(), List.of(), Path.of("output"));
        return new ReleaseWorkbook(release, "data.sharing@education.gov.uk", tables());
    }

    static List<AggregateTable> tables() {
        String period = "202324";
        String quarter = "Financial year Q2";
        return List.of(
                new AggregateTable(TableCatalog.ROUTE_AND_SAFEGUARD, List.of(
                        new TableRow(period, quarter, List.of("Listed in edition", "Total", "Total", "Total", "Total"), List.of("649")),
                        new TableRow(period, quarter, List.of("Listed in edition", "Total", "Trusted research environment", "Total",
                                "Total"), List.of("240")))),
                new AggregateTable(TableCatalog.SAFEGUARD_COVERAGE, List.of(
                        new TableRow(period, quarter, List.of("Listed in edition", "Total"),
                                List.of("649", "465", "71.64869", "404", "62.249615", "304", "46.841294", "394", "60.708783")),
                        new TableRow(period, quarter, List.of("Approved in quarter", "Court order"),
                                List.of("0", "0", "z", "0", "z", "0", "z", "0", "z")))),
                new AggregateTable(TableCatalog.HOME_OFFICE, List.of(
                        new TableRow("2023", "July", List.of(), List.of("50", "8", "16")),
                        new TableRow("2023", "August", List.of(), List.of("72", "x", "x")))));
    }

    static String text(XSSFSheet sheet, int row) {
        return sheet.getRow(row).getCell(0).getStringCellValue();
    }

    static List<String> columnA(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            texts.add(text(sheet, r));
        }
        return texts;
    }

    static List<String> columnB(XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFCell cell = sheet.getRow(r).getCell(1);
            if (cell != null) {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    static Map<String, List<SheetRow>> readOds(Path file) throws IOException {
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        try (OdsWorkbookReader reader = new OdsWorkbookReader(file, InflationLimits.DEFAULT)) {
            for (SheetReader sheet = reader.nextSheet(); sheet != null; sheet = reader.nextSheet()) {
                List<SheetRow> rows = new ArrayList<>();
                for (SheetRow row = sheet.nextRow(); row != null; row = sheet.nextRow()) {
                    rows.add(row);
                }
                sheets.put(sheet.name(), rows);
            }
        }
        return sheets;
    }

    static String entry(Path zipFile, String name) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
