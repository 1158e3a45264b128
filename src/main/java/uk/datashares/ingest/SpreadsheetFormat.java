package uk.datashares.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats the pipeline reads, recognised by extension. */
public enum SpreadsheetFormat {
    ODS("ods"),
    XLSX("xlsx"),
    XLS("xls"),
    CSV("csv");

    private final String extension;

    SpreadsheetFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<SpreadsheetFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat format : values()) {
            if (format.extension.equals(ext)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
