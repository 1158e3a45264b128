package uk.datashares.publish.tables;

import java.util.List;

/** An aggregate table: its file stem, what it counts, its filters and its indicators. */
public record TableSpec(String stem, String title, String counts, List<FilterSpec> filters, List<IndicatorSpec> indicators,
                        boolean monthly) {
}
