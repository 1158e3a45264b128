package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import uk.datashares.normalise.Finding;

/** findings.csv: every data-quality finding of the edition, with where it was found and why. */
public final class FindingsExport {

    public static final List<String> COLUMNS = List.of("source_file", "source_sheet", "source_row", "field", "kind", "raw_value", "reason");

    private FindingsExport() {
    }

    public static long write(List<Finding> findings, Path file) throws IOException {
        try (CsvOutput csv = new CsvOutput(file)) {
            csv.row(COLUMNS);
            for (Finding f : findings) {
                csv.row(text(f.file()), text(f.sheet()), f.row() == null ? "" : f.row().toString(), text(f.field()),
                        f.kind().name(), text(f.rawValue()), text(f.reason()));
            }
            return csv.rows() - 1;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
