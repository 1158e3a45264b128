package uk.datashares.publish.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.datashares.publish.tables.IndicatorSpec;
import uk.datashares.publish.tables.TableRow;
import uk.datashares.publish.tables.TableSpec;

/** The rows of one table, found by their filter labels. */
final class TableLookup {

    private final TableSpec spec;
    private final Map<List<String>, TableRow> rows = new HashMap<>();

    TableLookup(TableSpec spec, List<TableRow> rows) {
        this.spec = spec;
        for (TableRow row : rows) {
            this.rows.put(row.filters(), row);
        }
    }

    /** The indicator's value (a number, or a symbol) in the row with these filter labels; fails when there is none. */
    String value(String indicator, String... filters) {
        TableRow row = rows.get(List.of(filters));
        if (row == null) {
            throw new IllegalStateException(spec.stem() + " has no row " + String.join(" / ", filters));
        }
        for (int i = 0; i < spec.indicators().size(); i++) {
            IndicatorSpec candidate = spec.indicators().get(i);
            if (candidate.column().equals(indicator)) {
                return row.indicators().get(i);
            }
        }
        throw new IllegalArgumentException(spec.stem() + " has no indicator " + indicator);
    }

    long count(String indicator, String... filters) {
        return Long.parseLong(value(indicator, filters));
    }
}
