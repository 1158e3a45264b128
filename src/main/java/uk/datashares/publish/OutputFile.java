package uk.datashares.publish;

/**
 * A file of a release, relative to the release folder, with what the manifest counts in it:
 * data rows (CSV, header not counted), lines (text) or sheets (spreadsheet), and its SHA-256 when
 * it was taken from the bytes as they were written ({@code null}: the file is read for it).
 */
public record OutputFile(String path, long count, Unit unit, String sha256) {

    /** What {@link #count()} counts, named as the manifest names it. */
    public enum Unit {
        ROWS("rows"), LINES("lines"), SHEETS("sheets");

        private final String key;

        Unit(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public static OutputFile csv(String path, long dataRows) {
        return new OutputFile(path, dataRows, Unit.ROWS, null);
    }

    public static OutputFile text(String path, long lines) {
        return new OutputFile(path, lines, Unit.LINES, null);
    }

    public static OutputFile spreadsheet(String path, long sheets) {
        return new OutputFile(path, sheets, Unit.SHEETS, null);
    }

    /** The same file, with the SHA-256 of the bytes written to it. */
    public OutputFile writtenWithSha256(String writtenSha256) {
        return new OutputFile(path, count, unit, writtenSha256);
    }

    /** A CSV file: it must at least have its header row. */
    public boolean tabular() {
        return unit == Unit.ROWS;
    }
}
