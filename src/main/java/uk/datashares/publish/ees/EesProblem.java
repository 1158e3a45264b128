package uk.datashares.publish.ees;

import java.util.Objects;

/**
 * One thing wrong with a table: which file, which check, where, and what to do about it.
 *
 * @param file     the file name (no folder), e.g. {@code shares_by_dataset.meta.csv}
 * @param check    the check id, one of {@link EesCheck#id()}
 * @param row      the 1-based line in the file (the header is line 1), or null when the problem
 *                 is not about one line (a missing file, a missing combination of filters)
 * @param column   the column concerned, or null
 * @param message  what is wrong, in plain words
 * @param severity FAIL or WARNING
 */
public record EesProblem(String file, String check, Integer row, String column, String message, Severity severity) {

    public EesProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public boolean isFail() {
        return severity == Severity.FAIL;
    }

    /** One line for logs and reports: {@code FAIL x.csv line 4, column share_count [indicator_blank]: ...}. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(severity).append(' ').append(file);
        if (row != null) {
            text.append(" line ").append(row);
        }
        if (column != null) {
            text.append(row != null ? ", column " : " column ").append(column);
        }
        return text.append(" [").append(check).append("]: ").append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
