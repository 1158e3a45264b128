package uk.datashares.publish.tables;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.datashares.publish.CsvOutput;
import uk.datashares.publish.OutputFile;
import uk.datashares.reference.ReferenceTables;

/**
 * Writes a table as an EES pair: {@code <stem>.csv} (the five mandatory time and geography
 * columns, then filters, then indicators) and {@code <stem>.meta.csv} describing each filter
 * and indicator.
 */
public final class EesTableWriter {

    public static final List<String> MANDATORY = List.of("time_period", "time_identifier", "geographic_level", "country_code", "country_name");
    private static final List<String> GEOGRAPHY = List.of("National", "E92000001", "England");

    private final ReferenceTables.Labels labels;

    public EesTableWriter(ReferenceTables.Labels labels) {
        this.labels = labels;
    }

    public List<OutputFile> write(TableSpec spec, List<TableRow> rows, Path folder, String prefix) throws IOException {
        String data = spec.stem() + ".csv";
        String meta = spec.stem() + ".meta.csv";
        long dataRows;
        try (CsvOutput csv = new CsvOutput(folder.resolve(data))) {
            List<String> header = new ArrayList<>(MANDATORY);
            spec.filters().forEach(f -> header.add(f.column()));
            spec.indicators().forEach(i -> header.add(i.column()));
            csv.row(header);
            for (TableRow row : rows) {
                List<String> cells = new ArrayList<>(header.size());
                cells.add(row.timePeriod());
                cells.add(row.timeIdentifier());
                cells.addAll(GEOGRAPHY);
                cells.addAll(row.filters());
                cells.addAll(row.indicators());
                csv.row(cells);
            }
            dataRows = csv.rows() - 1;
        }
        long metaRows;
        try (CsvOutput csv = new CsvOutput(folder.resolve(meta))) {
            boolean defaults = spec.filters().stream().anyMatch(f -> f.defaultCode() != null);
            List<String> header = new ArrayList<>(List.of("col_name", "col_type", "label", "indicator_grouping", "indicator_unit",
                    "indicator_dp", "filter_hint", "filter_grouping_column"));
            if (defaults) {
                header.add("filter_default");
            }
            csv.row(header);
            for (FilterSpec filter : spec.filters()) {
                List<String> cells = new ArrayList<>(List.of(filter.column(), "Filter", filter.label(), "", "", "", filter.hint(), ""));
                if (defaults) {
                    cells.add(filter.defaultCode() == null ? "" : labels.label(filter.vocabulary(), filter.defaultCode()));
                }
                csv.row(cells);
            }
            for (IndicatorSpec indicator : spec.indicators()) {
                List<String> cells = new ArrayList<>(List.of(indicator.column(), "Indicator", indicator.label(), indicator.grouping(),
                        indicator.unit(), Integer.toString(indicator.decimals()), "", ""));
                if (defaults) {
                    cells.add("");
                }
                csv.row(cells);
            }
            metaRows = csv.rows() - 1;
        }
        return List.of(OutputFile.csv(prefix + data, dataRows), OutputFile.csv(prefix + meta, metaRows));
    }
}
