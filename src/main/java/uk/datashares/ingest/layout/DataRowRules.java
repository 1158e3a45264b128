package uk.datashares.ingest.layout;

import uk.datashares.ingest.SheetRow;
import uk.datashares.reference.Text;

/**
 * Rows below a header that are not shares and not findings either: blank rows and footnotes
 * (fewer than two non-blank cells) and total rows (first non-blank cell starting with the word "Total").
 */
public final class DataRowRules {

    private DataRowRules() {
    }

    public static boolean isData(SheetRow row) {
        if (row.nonBlankCount() < 2) {
            return false;
        }
        return !isTotal(Text.fold(row.firstText()));
    }

    /**
     * A folded first cell that starts with the word "total" ("Total", "TOTAL:", "Totals", "Total
     * number of shares"), not merely with those letters: "Totaljobs Group" is an organisation.
     */
    public static boolean isTotal(String folded) {
        return folded.equals("total") || folded.equals("totals")
                || folded.startsWith("total ") || folded.startsWith("totals ");
    }
}
