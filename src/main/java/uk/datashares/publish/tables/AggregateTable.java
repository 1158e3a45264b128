package uk.datashares.publish.tables;

import java.util.List;

/** A table and its rows, ready to be written as an EES data file and meta file. */
public record AggregateTable(TableSpec spec, List<TableRow> rows) {
}
