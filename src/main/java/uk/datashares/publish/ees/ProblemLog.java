package uk.datashares.publish.ees;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects problems while the checks run. A table has tens of thousands of rows, and one mistake
 * in the writer repeats on all of them, so row-specific problems are listed only for the first
 * {@value #ROWS_LISTED} rows per file, check and column; the rest are counted in one closing line.
 */
final class ProblemLog {

    static final int ROWS_LISTED = 20;

    private record Key(String file, EesCheck check, String column) {
    }

    private final List<EesProblem> problems = new ArrayList<>();
    private final Map<Key, Integer> rowProblems = new LinkedHashMap<>();

    void report(EesCheck check, String file, Integer row, String column, String message) {
        if (row != null) {
            int seen = rowProblems.merge(new Key(file, check, column), 1, Integer::sum);
            if (seen > ROWS_LISTED) {
                return;
            }
        }
        problems.add(new EesProblem(file, check.id(), row, column, message, check.severity()));
    }

    EesReport toReport() {
        List<EesProblem> all = new ArrayList<>(problems);
        rowProblems.forEach((key, count) -> {
            if (count > ROWS_LISTED) {
                all.add(new EesProblem(key.file(), key.check().id(), null, key.column(),
                        "and " + (count - ROWS_LISTED) + " more rows with the same problem (only the first "
                                + ROWS_LISTED + " are listed)", key.check().severity()));
            }
        });
        return new EesReport(all);
    }
}
