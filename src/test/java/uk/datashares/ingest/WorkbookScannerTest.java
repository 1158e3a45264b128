package uk.datashares.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import uk.datashares.TestFixtures;
import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.vocabulary.SheetKind;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.datashares.ingest.TestWorkbooks.odsContent;
import static uk.datashares.ingest.TestWorkbooks.odsTable;
import static uk.datashares.ingest.TestWorkbooks.odsWithContent;
import static uk.datashares.ingest.TestWorkbooks.row;
import static uk.datashares.ingest.TestWorkbooks.text;

/**
 * A sheet is recognised by its tab name, else its title (reference README); a workbook's
 * contents sheet gives the title of a sheet whose own title row is gone, as in a re-save that
 * kept only the header ("Table_5" listed as "Table 5: Data shares with Home Office"); else the
 * section its header names (SPEC §2: "title/header text").
 */
class WorkbookScannerTest {

    private final WorkbookScanner scanner = new WorkbookScanner(new WorkbookReaders(), new SheetLayoutDetector(TestFixtures.tables()));

    @TempDir
    Path dir;

    private static final String HOME_OFFICE_HEADER = row(text("Month [note 10]"), text("Number of individuals requested by Home Office"),
            text("Number of individuals where data returned"));

    private WorkbookScan scan(String tables) throws IOException {
        Path file = odsWithContent(dir, "shares.ods", odsContent(tables));
        return scanner.scan(file, FileFingerprint.of(file));
    }

    @Test
    void aSheetWithoutATitleIsRecognisedByTheTitleTheContentsSheetListsItUnder() throws IOException {
        WorkbookScan scan = scan(odsTable("Contents", row(text("Contents"))
                + row(text("Sheet name"), text("Table title"))
                + row(text("Table_5"), text("Table 5: Data shares with Home Office")))
                + odsTable("Table_5", HOME_OFFICE_HEADER + row(text("Jul-15"), text("292"), text("35"))));

        assertThat(scan.sheets()).extracting(WorkbookScan.SheetScan::kind)
                .containsExactly(Optional.of(SheetKind.METADATA), Optional.of(SheetKind.HOME_OFFICE));
        assertThat(scan.sheets().get(1).layout()).get().extracting(l -> l.headerRow()).isEqualTo(1);
    }

    @Test
    void withoutAContentsSheetSuchASheetIsRecognisedByTheSectionItsHeaderNames() throws IOException {
        WorkbookScan scan = scan(odsTable("Table_5", HOME_OFFICE_HEADER + row(text("Jul-15"), text("292"), text("35"))));

        assertThat(scan.sheets()).singleElement().extracting(WorkbookScan.SheetScan::kind).isEqualTo(Optional.of(SheetKind.HOME_OFFICE));
    }

    @Test
    void aSheetWhoseNameTitleAndHeaderNameNoSectionIsNotRecognised() throws IOException {
        WorkbookScan scan = scan(odsTable("Table_5", row(text("Month"), text("Number requested"), text("Number returned"))
                + row(text("Jul-15"), text("292"), text("35"))));

        assertThat(scan.sheets()).singleElement().extracting(WorkbookScan.SheetScan::kind).isEqualTo(Optional.empty());
    }

    @Test
    void aSheetsOwnTitleWinsOverTheContentsSheet() throws IOException {
        WorkbookScan scan = scan(odsTable("Contents", row(text("Table_5"), text("Table 6: Data shares with police")))
                + odsTable("Table_5", row(text("Table 5: Data shares with Home Office")) + HOME_OFFICE_HEADER
                        + row(text("Jul-15"), text("292"), text("35"))));

        assertThat(scan.sheets().get(1).kind()).contains(SheetKind.HOME_OFFICE);
    }
}
