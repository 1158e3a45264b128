package uk.datashares.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every reader returns: 1-based rows of cells, blank cells null, trailing blanks dropped. */
class SheetRowTest {

    private static List<CellValue> cells(String... texts) {
        List<CellValue> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(text == null ? null : new CellValue.TextCell(text));
        }
        return cells;
    }

    @Test
    void dropsTrailingBlankCellsAndNullsBlankOnes() {
        SheetRow row = new SheetRow(3, cells("a", " ", "b", null, "", "\u00A0"));

        assertThat(row.cells()).containsExactly(new CellValue.TextCell("a"), null, new CellValue.TextCell("b"));
        assertThat(row.nonBlankCount()).isEqualTo(2);
        assertThat(row.text(1)).isEmpty();
        assertThat(row.text(99)).isEmpty();
        assertThat(row.cell(99)).isNull();
    }

    @Test
    void aCellOfOnlySpaceLikeCharactersIsBlank() {
        for (String blank : Arrays.asList("", " ", "\t", "\n", "\r\n", "\u00A0", "\u200B", "\u2007", "\u202F", "\uFEFF", " \u00A0\n ")) {
            assertThat(SheetRow.isBlank(new CellValue.TextCell(blank))).as("'%s'", blank).isTrue();
        }
        assertThat(SheetRow.isBlank(new CellValue.TextCell("\u00A0x"))).isFalse();
        assertThat(SheetRow.isBlank(new CellValue.NumberCell(0))).isFalse();
        assertThat(SheetRow.isBlank(null)).isTrue();
    }

    @Test
    void aRowOfBlankCellsIsBlank() {
        SheetRow row = new SheetRow(7, cells(null, "\u00A0", " "));

        assertThat(row.isBlank()).isTrue();
        assertThat(row.firstText()).isEmpty();
    }

    @Test
    void aFormulaTheFileHoldsNoValueForIsReadAsBlankButKept() {
        CellValue formula = new CellValue.UncalculatedFormula("IF(H6=\"\",\"\",H6)");
        SheetRow template = new SheetRow(40, java.util.List.of(formula, formula, formula));
        assertThat(template.isBlank()).as("a template filled down below the table").isTrue();
        assertThat(template.nonBlankCount()).isZero();

        SheetRow share = new SheetRow(8, java.util.List.of(formula, new CellValue.TextCell("DS00001"), new CellValue.TextCell("UCL")));
        assertThat(share.nonBlankCount()).isEqualTo(2);
        assertThat(share.firstText()).isEqualTo("DS00001");
        assertThat(share.cell(0)).as("kept, for the finding").isEqualTo(formula);
    }

    @Test
    void firstTextSkipsLeadingBlankCells() {
        assertThat(new SheetRow(1, cells(null, "  ", "Table 3: Police")).firstText()).isEqualTo("Table 3: Police");
    }

    @Test
    void numbersShowAsPlainDecimalsAndDatesAsIsoText() {
        assertThat(new CellValue.NumberCell(2).text()).isEqualTo("2");
        assertThat(new CellValue.NumberCell(0.5).text()).isEqualTo("0.5");
        assertThat(new CellValue.NumberCell(1e20).text()).isEqualTo("100000000000000000000");
        assertThat(new CellValue.DateCell(java.time.LocalDateTime.of(2016, 11, 28, 0, 0)).text()).isEqualTo("2016-11-28");
        assertThat(new CellValue.DateCell(java.time.LocalDateTime.of(2016, 11, 28, 9, 30)).text()).isEqualTo("2016-11-28T09:30");
    }
}
