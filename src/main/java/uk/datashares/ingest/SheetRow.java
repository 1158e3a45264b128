package uk.datashares.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import uk.datashares.reference.Text;

/**
 * A row of a sheet with at least one non-blank cell. {@code number} is 1-based, as a
 * spreadsheet shows it (for CSV, the record number). Blank cells are {@code null}; trailing
 * blanks are dropped.
 */
public record SheetRow(int number, List<CellValue> cells) {

    public SheetRow {
        cells = Collections.unmodifiableList(trimTrailingBlanks(cells));
    }

    private static List<CellValue> trimTrailingBlanks(List<CellValue> cells) {
        int end = cells.size();
        while (end > 0 && isBlank(cells.get(end - 1))) {
            end--;
        }
        List<CellValue> trimmed = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            CellValue cell = cells.get(i);
            trimmed.add(isBlank(cell) ? null : cell);
        }
        return trimmed;
    }

    /**
     * A cell is blank when it is empty or holds only space-like characters: spaces, tabs, line
     * breaks and the non-breaking and zero-width spaces {@link String#isBlank()} does not know,
     * i.e. when its normalised text ({@link Text#normalise}) is empty.
     */
    static boolean isBlank(CellValue cell) {
        if (cell == null) {
            return true;
        }
        if (!(cell instanceof CellValue.TextCell text)) {
            return false;
        }
        String value = text.text();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Text.isSpaceLike(c) && c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') {
                return false;
            }
        }
        return true;
    }

    public CellValue cell(int column) {
        return column < cells.size() ? cells.get(column) : null;
    }

    /** The cell's text, or "" when blank. */
    public String text(int column) {
        CellValue cell = cell(column);
        return cell == null ? "" : cell.text();
    }

    /**
     * The cells holding a value. A formula the file holds no value for is read as blank, so a
     * row of them (a template filled down below the table) is no share; in a share's row it is
     * a finding.
     */
    public int nonBlankCount() {
        int count = 0;
        for (CellValue cell : cells) {
            if (holdsValue(cell)) {
                count++;
            }
        }
        return count;
    }

    /** The index of the first cell holding a value, or -1 for a blank row. */
    public int firstColumn() {
        for (int i = 0; i < cells.size(); i++) {
            if (holdsValue(cells.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean holdsValue(CellValue cell) {
        return cell != null && !(cell instanceof CellValue.UncalculatedFormula);
    }

    /** Text of the first non-blank cell, or "" for a blank row. */
    public String firstText() {
        int column = firstColumn();
        return column < 0 ? "" : cells.get(column).text();
    }

    public boolean isBlank() {
        return firstColumn() < 0;
    }
}
