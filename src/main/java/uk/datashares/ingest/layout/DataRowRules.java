package uk.datashares.ingest.layout;

import uk.datashares.ingest.SheetRow;
import uk.datashares.reference.Text;

/**
 * Rows below a header that are not shares and not findings either: blank rows and footnotes
 * (fewer than two non-blank cells) and total rows (first non-blank cell starting "Total").
 */
public final class DataRowRules {

    private DataRowRules() {
    }

    public static boolean isData(SheetRow row) {
        if (row.nonBlankCount() < 2) {
            return false;
        }
        return !Text.fold(row.firstText()).startsWith("total");
    }
}
