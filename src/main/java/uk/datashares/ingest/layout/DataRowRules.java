package uk.datashares.ingest.layout;

import uk.datashares.ingest.SheetRow;
import uk.datashares.reference.Text;

/**
 * Rows below a header that are not shares (reference README): blank rows and footnotes (fewer
 * than two non-blank cells) and total rows (first non-blank cell folding to a text that starts
 * with "total"). A total row that does not start with the word itself ("Totaljobs Group") is
 * still not a share, as the rule says, nor a finding (SPEC §3), but the job warns of it.
 */
public final class DataRowRules {

    private DataRowRules() {
    }

    /** Whether a row below the header is a share. */
    public static boolean isData(SheetRow row) {
        return row.nonBlankCount() >= 2 && !isTotal(Text.fold(row.firstText()));
    }

    /**
     * Whether a row below the header is a total row only by the letters its first cell starts
     * with ("Totaljobs Group", "Totally Trusted Research"): not a share, but worth a warning,
     * since it may be an organisation.
     */
    public static boolean isTotalLookalike(SheetRow row) {
        if (row.nonBlankCount() < 2) {
            return false;
        }
        String folded = Text.fold(row.firstText());
        return isTotal(folded) && !isTotalWord(folded);
    }

    /** A folded first cell that starts with "total": the reference README's total row. */
    public static boolean isTotal(String folded) {
        return folded.startsWith("total");
    }

    /** A folded first cell that starts with the word "total" or "totals" ("TOTAL:", "Total number of shares"). */
    static boolean isTotalWord(String folded) {
        return folded.equals("total") || folded.equals("totals")
                || folded.startsWith("total ") || folded.startsWith("totals ");
    }
}
