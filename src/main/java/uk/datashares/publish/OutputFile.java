package uk.datashares.publish;

/**
 * A file of a release, relative to the release folder, with its data rows (CSV, header not
 * counted) or lines (text), as the manifest lists it.
 */
public record OutputFile(String path, long rows, boolean tabular) {

    public static OutputFile csv(String path, long dataRows) {
        return new OutputFile(path, dataRows, true);
    }

    public static OutputFile text(String path, long lines) {
        return new OutputFile(path, lines, false);
    }
}
