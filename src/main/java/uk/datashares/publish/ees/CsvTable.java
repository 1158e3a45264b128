package uk.datashares.publish.ees;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as read for checking: its header and its non-blank rows, each with the line of the
 * file it starts on, so that every problem can point at a line.
 */
final class CsvTable {

    /** One row of cells and the 1-based line of the file where it starts. */
    record Row(int line, List<String> cells) {

        String cell(int column) {
            return cells.get(column);
        }
    }

    private final String fileName;
    private final List<String> header;
    private final List<Row> rows;
    private final Map<String, Integer> columns = new HashMap<>();

    CsvTable(String fileName, List<String> header, List<Row> rows) {
        this.fileName = fileName;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        for (int i = header.size() - 1; i >= 0; i--) {
            columns.put(header.get(i), i); // first occurrence wins; repeated names are rejected anyway
        }
    }

    String fileName() {
        return fileName;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** Position of a column, or -1 when there is none of that name. */
    int indexOf(String name) {
        return columns.getOrDefault(name, -1);
    }
}
