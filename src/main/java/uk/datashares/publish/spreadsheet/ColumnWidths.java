package uk.datashares.publish.spreadsheet;

import java.util.List;

/**
 * Column widths in characters, from what the cells show, so both formats open readable without
 * relying on a font being installed to measure text. Lines above a table may run on into the
 * empty cells to their right, as the GSS guidance expects, so they only size column A of a
 * worksheet without a table.
 */
final class ColumnWidths {

    static final int MIN = 10;
    static final int MAX = 60;
    static final int TEXT_ONLY = 100;

    private ColumnWidths() {
    }

    static int[] of(Sheet sheet) {
        if (sheet.table().isEmpty()) {
            return new int[] {TEXT_ONLY};
        }
        Sheet.Table table = sheet.table().get();
        int[] widths = new int[table.header().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(MIN, table.header().get(i).length() + 2);
        }
        for (List<Cell> row : table.rows()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).display().length() + 2);
            }
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.min(MAX, widths[i]);
        }
        return widths;
    }
}
