package uk.datashares.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import uk.datashares.store.FindingRepository;

/** findings.csv: every data-quality finding of the edition, with where it was found and why. */
public final class FindingsExport {

    public static final List<String> COLUMNS = List.of("source_file", "source_sheet", "source_row", "field", "kind", "raw_value", "reason");

    private FindingsExport() {
    }

    /** Writes the load's findings, streamed from the database, and returns how many there were. */
    public static long write(FindingRepository findings, long loadId, Path file) throws IOException {
        try (CsvOutput csv = new CsvOutput(file)) {
            csv.row(COLUMNS);
            try {
                findings.forEach(loadId, f -> {
                    try {
                        csv.row(text(f.file()), text(f.sheet()), f.row() == null ? "" : f.row().toString(), text(f.field()),
                                f.kind().name(), text(f.rawValue()), text(f.reason()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return csv.rows() - 1;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
