package uk.datashares.publish.ees;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static uk.datashares.publish.ees.EesCheck.DUPLICATE_ROW;
import static uk.datashares.publish.ees.EesCheck.MATRIX_INCOMPLETE;
import static uk.datashares.publish.ees.EesStandard.quote;

/**
 * The rows as a whole: no two rows for the same time, geography and filter values, and within
 * each time period (and geography) a row for every combination of the filter values used in that
 * period (filter group columns are not crossed: their values follow from the filter they group). Both are done with hashing in one pass over the rows; finding example missing
 * combinations walks the combinations in order and stops after a few, so it is never worse than
 * linear in the number of rows.
 */
final class MatrixChecks {

    private static final int EXAMPLES = 3;

    /** The rows of one time period and geography. */
    private static final class Period {
        final String label;
        final List<Set<String>> valuesPerFilter = new ArrayList<>();
        final Set<List<String>> combinations = new HashSet<>();

        Period(String label, int filters) {
            this.label = label;
            for (int i = 0; i < filters; i++) {
                valuesPerFilter.add(new LinkedHashSet<>());
            }
        }
    }

    private MatrixChecks() {
    }

    static void check(TableSchema schema, ProblemLog log) {
        CsvTable data = schema.data();
        int[] observation = EesStandard.MANDATORY_COLUMNS.stream().mapToInt(data::indexOf).toArray();
        List<String> filters = schema.crossedFilters();
        List<String> keyColumns = new ArrayList<>(schema.filterLikeColumns());
        int[] filterIndexes = filters.stream().mapToInt(data::indexOf).toArray();
        int[] keyIndexes = keyColumns.stream().mapToInt(data::indexOf).toArray();

        Map<List<String>, Integer> firstLine = new HashMap<>();
        Map<List<String>, Period> periods = new LinkedHashMap<>();
        for (CsvTable.Row row : data.rows()) {
            List<String> observationKey = cells(row, observation);
            List<String> rowKey = new ArrayList<>(observationKey);
            rowKey.addAll(cells(row, keyIndexes));
            Integer earlier = firstLine.putIfAbsent(rowKey, row.line());
            if (earlier != null) {
                log.report(DUPLICATE_ROW, data.fileName(), row.line(), null, "the row repeats line " + earlier
                        + ": same time period, geography and filter values; keep one row per combination");
            }
            if (filterIndexes.length > 0) {
                Period period = periods.computeIfAbsent(observationKey,
                        key -> new Period(describePeriod(key), filterIndexes.length));
                List<String> combination = cells(row, filterIndexes);
                for (int i = 0; i < combination.size(); i++) {
                    period.valuesPerFilter.get(i).add(combination.get(i));
                }
                period.combinations.add(combination);
            }
        }
        for (Period period : periods.values()) {
            checkComplete(data.fileName(), filters, period, log);
        }
    }

    private static List<String> cells(CsvTable.Row row, int[] indexes) {
        List<String> cells = new ArrayList<>(indexes.length);
        for (int index : indexes) {
            cells.add(row.cell(index));
        }
        return cells;
    }

    private static String describePeriod(List<String> observationKey) {
        return observationKey.get(0) + " " + observationKey.get(1) + " (" + observationKey.get(2) + ", "
                + observationKey.get(4) + ")";
    }

    private static void checkComplete(String file, List<String> filters, Period period, ProblemLog log) {
        long expected = 1;
        for (Set<String> values : period.valuesPerFilter) {
            try {
                expected = Math.multiplyExact(expected, values.size());
            } catch (ArithmeticException tooMany) {
                expected = Long.MAX_VALUE;
            }
        }
        long missing = expected - period.combinations.size();
        if (missing <= 0) {
            return;
        }
        List<String> examples = new ArrayList<>();
        for (List<String> combination : firstMissing(period)) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < filters.size(); i++) {
                parts.add(filters.get(i) + "=" + quote(combination.get(i)));
            }
            examples.add(String.join(", ", parts));
        }
        log.report(MATRIX_INCOMPLETE, file, null, null, "time period " + period.label + " has no row for "
                + missing + " of the " + expected + " combinations of " + String.join(" x ", filters)
                + ", e.g. " + String.join("; ", examples) + "; add them with 0 (or a symbol such as x)");
    }

    /** Up to {@link #EXAMPLES} missing combinations, in the order the values first appear. */
    private static List<List<String>> firstMissing(Period period) {
        List<List<String>> values = period.valuesPerFilter.stream().map(s -> (List<String>) new ArrayList<>(s)).toList();
        int[] position = new int[values.size()];
        List<List<String>> missing = new ArrayList<>();
        while (missing.size() < EXAMPLES) {
            List<String> combination = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                combination.add(values.get(i).get(position[i]));
            }
            if (!period.combinations.contains(combination)) {
                missing.add(combination);
            }
            // Odometer: advance the last filter first; stop after the last combination.
            int i = values.size() - 1;
            while (i >= 0 && ++position[i] == values.get(i).size()) {
                position[i--] = 0;
            }
            if (i < 0) {
                break;
            }
        }
        return missing;
    }
}
