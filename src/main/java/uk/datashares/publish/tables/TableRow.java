package uk.datashares.publish.tables;

import java.util.List;

/**
 * One row of an aggregate table: its time period and identifier, its filter labels and its
 * indicator values, in the table's column order.
 */
public record TableRow(String timePeriod, String timeIdentifier, List<String> filters, List<String> indicators) {
}
