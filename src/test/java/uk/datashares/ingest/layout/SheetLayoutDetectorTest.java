package uk.datashares.ingest.layout;

import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.datashares.ingest.CellValue;
import uk.datashares.ingest.InputFileException;
import uk.datashares.ingest.SheetRow;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.SheetKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sheets are recognised by tab name, else title; the header row is the row among the first 15
 * with most cells mapping to a field (at least 2); every header must map to a field and every
 * required field must be there (SPEC §2 "Finding tables"; reference/README.md).
 */
class SheetLayoutDetectorTest {

    private static final ReferenceTables TABLES = ReferenceTables.load(Paths.get("jobs/reference"));
    private static final SheetLayoutDetector DETECTOR = new SheetLayoutDetector(TABLES);

    private static final String[] DSAP_HEADER = {"DfE reference", "Requesting organisation", "Organisation type",
            "Project title", "Datasets", "Legal gateway(s)", "Data classification", "Access route",
            "Reason for direct supply", "Date approved by DSAP", "Agreement end date", "DPIA", "Status"};

    private static SheetRow row(int number, String... texts) {
        List<CellValue> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(text == null ? null : new CellValue.TextCell(text));
        }
        return new SheetRow(number, cells);
    }

    private static SheetLayout locate(SheetKind kind, SheetRow... rows) {
        return DETECTOR.locate("shares.ods", "Table 2", kind, Arrays.asList(rows));
    }

    // ---- recognition -----------------------------------------------------------------------

    @Test
    void recognisesASheetByItsTabName() {
        assertThat(DETECTOR.recognise("Home Office", List.of(row(1, "Table 6: something else")))).contains(SheetKind.HOME_OFFICE);
        assertThat(DETECTOR.recognise("Court orders", List.of(row(1, "Data shares with police")))).contains(SheetKind.COURT_ORDER);
        assertThat(DETECTOR.recognise("Cover", List.of())).contains(SheetKind.METADATA);
    }

    @Test
    void recognisesASheetByItsTitleWhenTheTabNameSaysNothing() {
        List<SheetRow> top = List.of(row(2, null, "Table 5: Data shares with police and criminal investigation authorities"),
                row(4, "Date", "Requesting authority"));

        assertThat(DETECTOR.recognise("Table 5", top)).contains(SheetKind.POLICE);
    }

    @Test
    void recognisesACsvFileByItsNameWithoutExtension() {
        assertThat(DETECTOR.recognise("DfE_external_data_shares_June_2022_-_Regular_data_shares", List.of()))
                .contains(SheetKind.REGULAR_AGREEMENT);
        assertThat(DETECTOR.recognise("DfE_external_data_shares_June_2022_-_Classification_of_data", List.of()))
                .contains(SheetKind.CLASSIFICATION);
    }

    @Test
    void recognisesNothingWhenNeitherNameNorTitleSaysWhatTheSheetIs() {
        assertThat(DETECTOR.recognise("Sheet1", List.of(row(1, "Lookup values"), row(2, "Home Office")))).isEmpty();
        assertThat(DETECTOR.recognise("Sheet1", List.of())).isEmpty();
    }

    @Test
    void recognisesASheetWithOnlyItsHeaderByTheSectionAHeadingNames() {
        assertThat(DETECTOR.recogniseHeader(List.of(row(1, DSAP_HEADER), row(2, "DS00001", "University of Kent"))))
                .contains(SheetKind.DSAP_APPROVED);
        assertThat(DETECTOR.recogniseHeader(List.of(row(1, "Month", "Number of individuals requested by Home Office",
                "Number of individuals where data returned"), row(2, "Jul-15", "292", "35")))).contains(SheetKind.HOME_OFFICE);
    }

    @Test
    void aHeaderThatNamesNoSectionOrFitsNoneOfItsLayoutsRecognisesNothing() {
        assertThat(DETECTOR.recogniseHeader(List.of(row(1, "DfE reference", "Requesting organisation", "Project title"))))
                .as("no heading names a section").isEmpty();
        assertThat(DETECTOR.recogniseHeader(List.of(row(1, "Month", "Approved by DSAP", "Colour of the sky"))))
                .as("a heading maps to nothing").isEmpty();
        assertThat(DETECTOR.recogniseHeader(List.of(row(1, "Requesting organisation", "Date approved by DSAP"))))
                .as("the section's required reference is missing").isEmpty();
    }

    // ---- the header row --------------------------------------------------------------------

    @Test
    void findsTheHeaderBelowTitlesNotesAndBlankRows() {
        SheetLayout layout = locate(SheetKind.DSAP_APPROVED,
                row(1, "DfE external third-party data shares approved by the Data Sharing Approvals Panel (DSAP)"),
                row(2, "DfE external data shares: June 2022"),
                row(3, "This table shows the date approved and the organisation type of each requesting organisation."),
                row(5, DSAP_HEADER),
                row(6, "DS00001", "University of Kent"));

        assertThat(layout.headerRow()).isEqualTo(5);
        assertThat(layout.kind()).isEqualTo(SheetKind.DSAP_APPROVED);
        assertThat(layout.columns()).extracting(ColumnMapping::field).containsExactly(Field.REFERENCE, Field.ORGANISATION,
                Field.ORGANISATION_TYPE, Field.PURPOSE, Field.DATASETS, Field.LEGAL_GATEWAYS, Field.DATA_LEVEL,
                Field.ACCESS_ROUTE, Field.DIRECT_REASON, Field.APPROVED_ON, Field.AGREEMENT_END, Field.DPIA, Field.STATUS);
        assertThat(layout.fieldColumns()).containsEntry(Field.APPROVED_ON, 9);
    }

    @Test
    void prefersTheRowWithMostMappedCellsOverANoteThatMentionsTwoFields() {
        SheetLayout layout = locate(SheetKind.POLICE,
                row(1, "Data shares with police"),
                row(2, "Date", "Reason"),
                row(3, "Date", "Requesting authority", "Reason for request", "Legal basis", "Number of pupils"));

        assertThat(layout.headerRow()).isEqualTo(3);
    }

    @Test
    void aPoliceSheetCanRecordItsReasonForDirectSupplyBesideItsReasonForRequest() {
        SheetLayout layout = locate(SheetKind.POLICE,
                row(3, "Date", "Requesting authority", "Reason for request", "Reason for direct supply", "Number of pupils"));

        assertThat(layout.columns()).extracting(ColumnMapping::field)
                .containsExactly(Field.APPROVED_ON, Field.ORGANISATION, Field.PURPOSE, Field.DIRECT_REASON, Field.RECORDS_SHARED);
    }

    @Test
    void findsHeadersWithNoteMarkersNonBreakingSpacesAndLineBreaks() {
        SheetLayout layout = locate(SheetKind.DSAP_APPROVED,
                row(3, "DfE reference [note 3]", "Requesting\u00A0organisation", "Date approved\nby DSAP [note 4]", "Comments"));

        assertThat(layout.columns()).extracting(ColumnMapping::field)
                .containsExactly(Field.REFERENCE, Field.ORGANISATION, Field.APPROVED_ON, Field.IGNORE);
        assertThat(layout.columns().get(2).header()).isEqualTo("Date approved by DSAP [note 4]");
        assertThat(layout.fieldColumns()).doesNotContainKey(Field.IGNORE);
    }

    @Test
    void keepsColumnPositionsAcrossBlankHeaderCells() {
        SheetLayout layout = locate(SheetKind.HOME_OFFICE,
                row(4, "Month", null, "Number of individuals requested by Home Office", "Number of individuals where data returned"));

        assertThat(layout.fieldColumns()).containsEntry(Field.MONTH, 0).containsEntry(Field.INDIVIDUALS_REQUESTED, 2)
                .containsEntry(Field.INDIVIDUALS_RETURNED, 3);
    }

    @Test
    void searchesTheFirst15RowsForTheHeader() {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            rows.add(row(i, "Note " + i + ": read this"));
        }
        rows.add(row(15, DSAP_HEADER));

        SheetLayout layout = DETECTOR.locate("shares.ods", "DSAP", SheetKind.DSAP_APPROVED, rows);

        assertThat(layout.headerRow()).isEqualTo(15);
    }

    @Test
    void doesNotLookBeyondTheFirst15Rows() {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            rows.add(row(i, "Note " + i + ": read this"));
        }
        rows.add(row(16, DSAP_HEADER));

        assertThatThrownBy(() -> DETECTOR.locate("shares.ods", "DSAP", SheetKind.DSAP_APPROVED, rows))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("shares.ods");
                    assertThat(e.sheet()).isEqualTo("DSAP");
                })
                .hasMessageContaining("no header row found");
    }

    @Test
    void needsAtLeastTwoMappedHeadersToCallARowTheHeader() {
        assertThatThrownBy(() -> locate(SheetKind.COURT_ORDER, row(1, "Court orders"), row(2, "Date")))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("no header row found");
    }

    // ---- errors that stop a file -----------------------------------------------------------

    @Test
    void refusesAHeaderThatMapsToNothingNamingFileSheetRowAndHeader() {
        assertThatThrownBy(() -> locate(SheetKind.DSAP_APPROVED,
                row(1, "Title"),
                row(4, "DfE reference", "Requesting organisation", "Favourite colour")))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("shares.ods");
                    assertThat(e.sheet()).isEqualTo("Table 2");
                    assertThat(e.row()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo("Favourite colour");
                })
                .hasMessage("file shares.ods, sheet 'Table 2', row 4, column 'Favourite colour': this column heading maps"
                        + " to no field of a DSAP_APPROVED sheet. Add a pattern for it to jobs/reference/header_aliases.csv"
                        + " (map it to 'ignore' if the column is informational)");
    }

    @Test
    void refusesASheetMissingARequiredField() {
        assertThatThrownBy(() -> locate(SheetKind.DSAP_APPROVED,
                row(3, "Requesting organisation", "Project title", "Date approved by DSAP")))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.sheet()).isEqualTo("Table 2");
                    assertThat(e.row()).isEqualTo(3);
                })
                .hasMessageContaining("the required field reference has no column");
    }

    @Test
    void refusesTwoHeadersThatMapToOneField() {
        assertThatThrownBy(() -> locate(SheetKind.DSAP_APPROVED,
                row(3, "DfE reference", "Requesting organisation", "Recipient organisation")))
                .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.column()).isEqualTo("Recipient organisation"))
                .hasMessageContaining("both map to the field organisation");
    }

    @Test
    void givesMetadataSheetsNoColumns() {
        SheetLayout layout = locate(SheetKind.METADATA, row(1, "Contents"), row(2, "Table", "Title"));

        assertThat(layout.columns()).isEmpty();
        assertThat(layout.headerRow()).isZero();
    }

    // ---- rows below the header -------------------------------------------------------------

    @Test
    void blankFootnoteAndTotalRowsAreNotShares() {
        assertThat(DataRowRules.isData(row(6, "DS00001", "University of Kent"))).isTrue();
        assertThat(DataRowRules.isData(row(7, "Source: DfE"))).isFalse();
        assertThat(DataRowRules.isData(row(8, "Note 1", "\u00A0"))).isFalse();
        assertThat(DataRowRules.isData(row(9, "Total", "45"))).isFalse();
        assertThat(DataRowRules.isData(row(10, null, "TOTAL:", "45"))).isFalse();
        assertThat(DataRowRules.isData(row(11))).isFalse();
        assertThat(DataRowRules.isData(row(12, "Totals", "45", "12"))).isFalse();
        assertThat(DataRowRules.isData(row(13, "Total number of requests", "45"))).isFalse();
    }

    @Test
    void aFirstCellMerelyStartingWithTheLettersTotalIsATotalRowAsTheRuleSaysButOneToReport() {
        assertThat(DataRowRules.isData(row(6, "Totaljobs Group", "Labour market research"))).isFalse();
        assertThat(DataRowRules.isTotalLookalike(row(6, "Totaljobs Group", "Labour market research"))).isTrue();
        assertThat(DataRowRules.isTotalLookalike(row(7, null, "Totally Trusted Research Ltd", "Attainment study"))).isTrue();

        assertThat(DataRowRules.isTotalLookalike(row(8, "Total", "45"))).isFalse();
        assertThat(DataRowRules.isTotalLookalike(row(9, "TOTAL:", "45"))).isFalse();
        assertThat(DataRowRules.isTotalLookalike(row(10, "Total number of requests", "45"))).isFalse();
        assertThat(DataRowRules.isTotalLookalike(row(11, "Totaljobs Group"))).isFalse();
        assertThat(DataRowRules.isTotalLookalike(row(12, "DS00001", "Totaljobs Group"))).isFalse();
    }
}
