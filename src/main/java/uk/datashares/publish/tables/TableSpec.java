package uk.datashares.publish.tables;

import java.util.List;

/**
 * An aggregate table: its file stem, its worksheet name in the release spreadsheets (short,
 * meaningful, at most 31 characters, no spaces), what it counts, its filters and its indicators.
 */
public record TableSpec(String stem, String sheet, String title, String counts, List<FilterSpec> filters,
                        List<IndicatorSpec> indicators, boolean monthly) {

    public TableSpec {
        if (!sheet.matches("[A-Za-z][A-Za-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("worksheet name '" + sheet + "' must be a letter then up to 30 letters, digits or _");
        }
    }
}
