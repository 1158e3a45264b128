package uk.datashares.publish.spreadsheet;

import java.util.List;
import java.util.Optional;

/**
 * One worksheet as the GSS spreadsheet guidance lays it out: lines of text in column A, the
 * first being the title in A1, then at most one table straight below them (header row, then
 * data rows, no blank rows or columns, no merged cells).
 */
public record Sheet(String name, List<Cell> lines, Optional<Table> table) {

    /** Longest worksheet name Excel accepts. */
    public static final int MAX_NAME = 31;

    public Sheet {
        if (name.isEmpty() || name.length() > MAX_NAME || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("worksheet name '" + name + "' must be 1 to 31 letters, digits or _, starting with a letter");
        }
        if (lines.isEmpty() || !(lines.get(0) instanceof Cell.Text title) || title.style() != Cell.Style.TITLE) {
            throw new IllegalArgumentException("worksheet " + name + " must start with its title in A1");
        }
        lines = List.copyOf(lines);
    }

    /** Row index (0-based) of the table's header row. */
    public int headerRow() {
        return lines.size();
    }

    /**
     * A table: its name (Excel table / ODS database range), its header and its rows. Every row has
     * one cell per header column.
     */
    public record Table(String name, List<String> header, List<List<Cell>> rows) {
        public Table {
            header = List.copyOf(header);
            for (List<Cell> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells for " + header.size() + " columns");
                }
            }
        }
    }
}
