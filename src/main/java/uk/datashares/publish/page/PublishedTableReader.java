package uk.datashares.publish.page;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.datashares.publish.tables.EesTableWriter;
import uk.datashares.publish.tables.FilterSpec;
import uk.datashares.publish.tables.IndicatorSpec;
import uk.datashares.publish.tables.TableRow;
import uk.datashares.publish.tables.TableSpec;

/**
 * Reads a published table (tables/&lt;stem&gt;.csv) back into rows, checking it has the columns
 * the catalog gives the table today, so an earlier edition is charted from the very numbers it
 * published.
 */
public final class PublishedTableReader {

    private PublishedTableReader() {
    }

    public static List<TableRow> read(Path tables, TableSpec spec) throws IOException {
        Path file = tables.resolve(spec.stem() + ".csv");
        List<String[]> lines;
        try (CSVReader csv = new CSVReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            lines = csv.readAll();
        } catch (CsvException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        List<String> expected = new ArrayList<>(EesTableWriter.MANDATORY);
        spec.filters().stream().map(FilterSpec::column).forEach(expected::add);
        spec.indicators().stream().map(IndicatorSpec::column).forEach(expected::add);
        if (lines.isEmpty() || !Arrays.asList(lines.get(0)).equals(expected)) {
            throw new IOException(file + " does not have the columns " + expected);
        }
        int filters = spec.filters().size();
        int first = EesTableWriter.MANDATORY.size();
        List<TableRow> rows = new ArrayList<>(lines.size() - 1);
        for (String[] line : lines.subList(1, lines.size())) {
            List<String> cells = Arrays.asList(line);
            rows.add(new TableRow(line[0], line[1], List.copyOf(cells.subList(first, first + filters)),
                    List.copyOf(cells.subList(first + filters, cells.size()))));
        }
        return rows;
    }
}
