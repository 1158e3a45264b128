package uk.datashares.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merged cells read as their top-left value: a region spanning several rows fills its first
 * column in each lower row with the top-left value (an organisation merged over the three
 * shares it made). Covered cells to the right stay blank, so a title or footnote merged across
 * the width of a sheet is still one cell, as LibreOffice exports it.
 */
final class VerticalMerges {

    private record Fill(CellValue value, int lastRow) {
    }

    private final Map<Integer, Fill> fills = new HashMap<>();
    private final Map<Long, Integer> pendingRegions = new HashMap<>();

    /** Registers a region known in advance (xlsx, xls): rows are 1-based, columns 0-based. */
    void region(int firstRow, int lastRow, int column) {
        if (lastRow > firstRow) {
            pendingRegions.put(key(firstRow, column), lastRow);
        }
    }

    /** Registers a region starting at a cell just read (ods {@code number-rows-spanned}). */
    void spanning(int row, int column, int rows, CellValue value) {
        if (rows > 1 && value != null) {
            fills.put(column, new Fill(value, row + rows - 1));
        }
    }

    boolean isEmpty() {
        return fills.isEmpty() && pendingRegions.isEmpty();
    }

    /** Applies known regions to a row just read (cells indexed by column, may be extended). */
    void apply(int rowNumber, List<CellValue> cells) {
        if (isEmpty()) {
            return;
        }
        if (!pendingRegions.isEmpty()) {
            for (int column = 0; column < cells.size(); column++) {
                Integer lastRow = pendingRegions.remove(key(rowNumber, column));
                if (lastRow != null && cells.get(column) != null) {
                    fills.put(column, new Fill(cells.get(column), lastRow));
                }
            }
        }
        fills.entrySet().removeIf(entry -> entry.getValue().lastRow() < rowNumber);
        for (Map.Entry<Integer, Fill> entry : fills.entrySet()) {
            int column = entry.getKey();
            Fill fill = entry.getValue();
            if (fill.lastRow() >= rowNumber) {
                while (cells.size() <= column) {
                    cells.add(null);
                }
                if (cells.get(column) == null) {
                    cells.set(column, fill.value());
                }
            }
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
