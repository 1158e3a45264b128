package uk.datashares.ingest;

/** A1-style cell references: 0-based column, 1-based row. */
public final class CellReference {

    private CellReference() {
    }

    /** Column index (0-based) of "AB12", or -1 when the reference has no letters. */
    static int column(CharSequence ref) {
        int column = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? -1 : column - 1;
    }

    /** Row number (1-based) of "AB12", or -1 when it has none. */
    static int row(CharSequence ref) {
        int row = 0;
        boolean digits = false;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                digits = true;
            }
        }
        return digits ? row : -1;
    }

    /** Column letters for a 0-based index: 0 -> A, 27 -> AB. */
    public static String letters(int column) {
        StringBuilder out = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            out.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return out.toString();
    }
}
