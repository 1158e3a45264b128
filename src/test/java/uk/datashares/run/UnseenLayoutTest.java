package uk.datashares.run;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.TestFixtures;
import uk.datashares.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editions laid out by the rules but unlike any fixture: other heading wording, another sheet
 * order (the classification sheet last), extra sheets, every text date format, a Windows-1252
 * CSV export. The rules, not the fixtures, are the contract.
 */
class UnseenLayoutTest extends DatabaseTest {

    @Autowired
    QuarterlyRun quarterlyRun;

    @TempDir
    Path temp;

    @Test
    void aWorkbookWithDriftedHeadingsAndAnotherSheetOrderReadsJustAsWell() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input/2025-03"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet cover = workbook.createSheet("Cover");
            cover.createRow(0).createCell(0).setCellValue("DfE external data shares: March 2025");
            cover.createRow(2).createCell(0).setCellValue("Published: 12 June 2025");
            Sheet shares = workbook.createSheet("Shares approved by the panel");
            shares.createRow(0).createCell(0).setCellValue("Third-party shares approved by the Data Sharing Approval Panel (DSAP), to end of March 2025");
            shares.createRow(1).createCell(0).setCellValue("[x] = not recorded");
            row(shares, 3, "Ref.", "Name of organisation", "Type of organisation", "Project", "Data items", "Lawful basis",
                    "Level of data", "How data is accessed", "Why direct [note 4]", "Decision date", "Date extract sent", "Expiry",
                    "DPIA", "Outcome", "Comments");
            row(shares, 4, "ds 0900", "KINGS COLLEGE LONDON", "", "Reading at age 11", "KS2 & NPD", "SI 2009/1563",
                    "Code B", "Secure Research Service", "[z]", "5.9.2019", "September 5, 2019", "2026-03-31", "yes", "Data shared", "");
            row(shares, 5, "DS0901", "Acme Analytics", "", "School league app", "School workforce census; LEO", "Section 537A Education Act 1996",
                    "Code A", "direct supply by SFTP", "Public task", "5 Sep 2019", "", "ongoing", "N", "Agreement ended", "renewed");
            Row withDateCell = row(shares, 6, "DS0902", "Hackney Council", "Local government", "Attendance", "School census",
                    "UK GDPR Art 6(1)(e)", "[x]", "", "", "", "", "", "", "Withdrawn", "");
            withDateCell.getCell(9).setCellValue(LocalDate.of(2018, 9, 24));
            withDateCell.getCell(9).setCellStyle(date);
            shares.createRow(8).createCell(0).setCellValue("Total");
            shares.getRow(8).createCell(1).setCellValue(3);
            shares.createRow(9).createCell(0).setCellValue("Source: DfE");
            Sheet chart = workbook.createSheet("Chart data");
            row(chart, 0, "Quarter", "Shares");
            row(chart, 1, "2025 Q1", "3");
            Sheet scratch = workbook.createSheet("Scratch");
            row(scratch, 0, "working", "notes");
            Sheet levels = workbook.createSheet("Classification");
            levels.createRow(0).createCell(0).setCellValue("Classification of data");
            row(levels, 2, "Code", "Classification", "Description");
            row(levels, 3, "Code A", "Identifiable - highly sensitive", "...");
            row(levels, 4, "Code B", "Pseudonymised (de-identified)", "...");
            try (OutputStream out = Files.newOutputStream(input.resolve("register.xlsx"))) {
                workbook.write(out);
            }
        }

        RunReport report = quarterlyRun.run(new RunOptions(temp.resolve("input"), temp.resolve("output"), Optional.empty(), false));

        assertThat(report.problems()).isEmpty();
        assertThat(report.editions()).singleElement().satisfies(e -> assertThat(e.result()).isEqualTo(EditionOutcome.Result.PUBLISHED));
        Map<String, Map<String, String>> register = byReference(temp.resolve("output/2025-03/current/register.csv"));
        assertThat(register.get("DS0900")).containsEntry("section", "DSAP_APPROVED").containsEntry("organisation_name", "King's College London")
                .containsEntry("organisation_type", "ACADEMIC").containsEntry("datasets", "NPD;KS2")
                .containsEntry("legal_gateways", "PRESCRIBED_PERSONS_2009").containsEntry("data_level", "PSEUDONYMISED")
                .containsEntry("access_route", "ONS_SRS").containsEntry("route_group", "TRUSTED_RESEARCH_ENVIRONMENT")
                .containsEntry("direct_reason", "").containsEntry("approved_on", "2019-09-05").containsEntry("shared_on", "2019-09-05")
                .containsEntry("agreement_end", "2026-03-31").containsEntry("dpia", "YES").containsEntry("status", "SHARED")
                .containsEntry("approval_body", "DSAP").containsEntry("safeguard_level", "S1_TRUSTED_ENVIRONMENT");
        assertThat(register.get("DS0901")).containsEntry("organisation_type", "COMMERCIAL").containsEntry("datasets", "SWC;LEO")
                .containsEntry("data_level", "IDENTIFIABLE_HIGHLY_SENSITIVE").containsEntry("access_route", "DIRECT_TRANSFER")
                .containsEntry("direct_reason", "PUBLIC_TASK").containsEntry("agreement_end", "").containsEntry("dpia", "NO")
                .containsEntry("status", "ENDED").containsEntry("safeguard_level", "S3_DIRECT_AGREEMENT");
        assertThat(register.get("DS0902")).containsEntry("organisation_name", "London Borough of Hackney")
                .containsEntry("organisation_type", "LOCAL_GOVERNMENT").containsEntry("approved_on", "2018-09-24")
                .containsEntry("route_basis", "IMPLIED_BY_DATE").containsEntry("direct_reason", "NOT_STATED")
                .containsEntry("status", "WITHDRAWN").containsEntry("agreement_in_place", "false")
                .containsEntry("safeguard_level", "S5_NONE_RECORDED");
        assertThat(register).hasSize(3);
        List<Map<String, String>> findings = TestFixtures.readCsv(temp.resolve("output/2025-03/current/findings.csv"));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f).containsEntry("kind", "UNRECOGNISED_SHEET")
                .containsEntry("source_sheet", "Scratch"));
    }

    @Test
    void tablesReSavedWithoutTheirTitlesAreRecognisedByTheContentsSheet() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input/2025-03"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            row(workbook.createSheet("Cover"), 0, "DfE external data shares: March 2025");
            Sheet contents = workbook.createSheet("Contents");
            row(contents, 0, "Sheet name", "Table title");
            row(contents, 1, "Table_5", "Table 5: Data shares with Home Office");
            row(contents, 2, "Table_6", "Table 6: Data shares with police and criminal investigation authorities");
            Sheet homeOffice = workbook.createSheet("Table_5");
            row(homeOffice, 0, "Month [note 10]", "Number of individuals requested by Home Office",
                    "Number of individuals where data returned");
            row(homeOffice, 1, "Jan-25", "292", "35");
            Sheet police = workbook.createSheet("Table_6");
            row(police, 0, "Date", "Requesting authority", "Reason for request", "Number of pupils");
            row(police, 1, "14/03/2025", "A police force", "Locating a missing child", "3");
            try (OutputStream out = Files.newOutputStream(input.resolve("register.xlsx"))) {
                workbook.write(out);
            }
        }

        RunReport report = quarterlyRun.run(new RunOptions(temp.resolve("input"), temp.resolve("output"), Optional.empty(), false));

        assertThat(report.problems()).isEmpty();
        List<Map<String, String>> register = TestFixtures.readCsv(temp.resolve("output/2025-03/current/register.csv"));
        assertThat(register).extracting(r -> r.get("section") + " " + r.get("source_sheet") + " " + r.get("source_row"))
                .containsExactly("HOME_OFFICE Table_5 2", "POLICE Table_6 2");
        assertThat(TestFixtures.readCsv(temp.resolve("output/2025-03/current/findings.csv"))).isEmpty();
    }

    @Test
    void aWindows1252CsvExportWithoutTitleRowsReadsJustAsWell() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        String csv = "Date,Requesting authority,Reason for request,Number of pupils\r\n"
                + "14/03/2025,\u2018Greater Manchester Police\u2019,Locating a missing child\u00a0,3\r\n"
                + "15/03/2025,A police force,Fraud \u2013 investigation,1\r\n"
                + "Total,,,4\r\n";
        Files.write(input.resolve("DfE external data shares March 2025 - Police.csv"), csv.getBytes(Charset.forName("windows-1252")));

        RunReport report = quarterlyRun.run(new RunOptions(input, temp.resolve("output"), Optional.empty(), false));

        assertThat(report.problems()).isEmpty();
        List<Map<String, String>> register = TestFixtures.readCsv(temp.resolve("output/2025-03/current/register.csv"));
        assertThat(register).hasSize(2);
        assertThat(register).extracting(r -> r.get("organisation")).containsExactlyInAnyOrder("\u2018Greater Manchester Police\u2019", "A police force");
        assertThat(register).extracting(r -> r.get("purpose")).containsExactlyInAnyOrder("Locating a missing child", "Fraud \u2013 investigation");
        assertThat(register).allSatisfy(r -> assertThat(r).containsEntry("organisation_type", "POLICE_OR_JUSTICE")
                .containsEntry("source_sheet", "DfE external data shares March 2025 - Police")
                .containsEntry("route_basis", "IMPLIED_BY_SECTION"));
        assertThat(register).extracting(r -> r.get("source_row")).containsExactlyInAnyOrder("2", "3");
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            } else {
                row.createCell(i);
            }
        }
        return row;
    }

    private static Map<String, Map<String, String>> byReference(Path register) throws IOException {
        Map<String, Map<String, String>> rows = new java.util.TreeMap<>();
        for (Map<String, String> row : TestFixtures.readCsv(register)) {
            rows.put(row.get("reference"), row);
        }
        return rows;
    }
}
