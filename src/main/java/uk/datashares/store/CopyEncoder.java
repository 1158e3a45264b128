package uk.datashares.store;

import java.time.LocalDate;

/**
 * Builds rows for PostgreSQL's COPY text format: tab-separated, {@code \N} for null,
 * backslash escapes for tab, newline, carriage return and backslash. Home Office months and
 * findings are stored with it; shares, the bulk, with {@link BinaryCopyEncoder}.
 */
final class CopyEncoder {

    private final StringBuilder out;
    private boolean firstInRow = true;

    CopyEncoder(StringBuilder out) {
        this.out = out;
    }

    CopyEncoder text(String value) {
        separator();
        if (value == null) {
            out.append("\\N");
        } else {
            escape(value);
        }
        return this;
    }

    CopyEncoder number(Long value) {
        separator();
        out.append(value == null ? "\\N" : value.toString());
        return this;
    }

    CopyEncoder number(long value) {
        separator();
        out.append(value);
        return this;
    }

    CopyEncoder date(LocalDate value) {
        separator();
        out.append(value == null ? "\\N" : value.toString());
        return this;
    }

    void endRow() {
        out.append('\n');
        firstInRow = true;
    }

    private void separator() {
        if (!firstInRow) {
            out.append('\t');
        }
        firstInRow = false;
    }

    private void escape(CharSequence value) {
        int plain = 0;
        while (plain < value.length() && !special(value.charAt(plain))) {
            plain++;
        }
        if (plain == value.length()) {
            out.append(value);
            return;
        }
        out.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\0' -> {
                }
                default -> out.append(c);
            }
        }
    }

    private static boolean special(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
    }
}
