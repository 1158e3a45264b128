package uk.datashares.publish.ees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small table pair for tests that starts out valid and is then broken in one way. Rows are
 * edited as cells (by line number in the file, the header being line 1) and written as CSV with
 * {@code \n} line ends; raw text edits come last, for the format checks.
 */
final class TablePair {

    static final String DATA_HEADER = "time_period,time_identifier,geographic_level,country_code,country_name,"
            + "count_basis,access_route,share_count,share_percent";
    static final String META_HEADER = "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,"
            + "filter_hint,filter_grouping_column,filter_default";

    /** Two quarters x two count bases x three access routes (Total included): lines 2 to 13. */
    static TablePair quarterly() {
        TablePair pair = new TablePair("shares_by_route");
        pair.data.add(split(DATA_HEADER));
        String[][] periods = {{"Financial year Q1", "10,4,6", "3,0,3"}, {"Financial year Q2", "12,5,7", "0,0,0"}};
        String[] routes = {"Total", "Direct transfer", "ONS Secure Research Service"};
        for (String[] period : periods) {
            String[][] bases = {{"Listed in edition", period[1]}, {"Approved in quarter", period[2]}};
            for (String[] basis : bases) {
                String[] counts = basis[1].split(",");
                for (int r = 0; r < routes.length; r++) {
                    int count = Integer.parseInt(counts[r]);
                    int total = Integer.parseInt(counts[0]);
                    String percent = total == 0 ? "z" : String.valueOf(100.0 * count / total);
                    pair.data.add(new ArrayList<>(List.of("202425", period[0], "National", "E92000001", "England",
                            basis[0], routes[r], String.valueOf(count), percent)));
                }
            }
        }
        pair.meta.add(split(META_HEADER));
        pair.meta.add(new ArrayList<>(List.of("count_basis", "Filter", "Count basis", "", "", "", 
                "Every share listed in the edition, or only those approved in the quarter", "", "Listed in edition")));
        pair.meta.add(new ArrayList<>(List.of("access_route", "Filter", "Access route", "", "", "", "", "", "")));
        pair.meta.add(new ArrayList<>(List.of("share_count", "Indicator", "Number of data shares", "", "", "0", "", "", "")));
        pair.meta.add(new ArrayList<>(List.of("share_percent", "Indicator", "Percentage of data shares", "", "%", "1", "", "", "")));
        return pair;
    }

    /**
     * The quarterly pair with a filter group: route_group groups access_route (Direct transfer ->
     * Direct transfer, ONS Secure Research Service -> Trusted research environment) and, as the
     * screener asks, has a meta row of its own (line 6).
     */
    static TablePair quarterlyWithRouteGroup() {
        TablePair pair = quarterly().addDataColumn("route_group", "Total");
        for (int line = 2; line <= pair.data.size(); line++) {
            String route = pair.data.get(line - 1).get(pair.data.get(0).indexOf("access_route"));
            pair.cell(line, "route_group", switch (route) {
                case "Direct transfer" -> "Direct transfer";
                case "ONS Secure Research Service" -> "Trusted research environment";
                default -> "Total";
            });
        }
        return pair.metaCell(3, "filter_grouping_column", "route_group")
                .addMetaRow("route_group,Filter,Route group,,,,,,");
    }

    /** A Home Office style monthly series without filters: April to June 2024, lines 2 to 4. */
    static TablePair monthly() {
        TablePair pair = new TablePair("home_office_matches");
        pair.data.add(split("time_period,time_identifier,geographic_level,country_code,country_name,"
                + "individuals_requested,records_returned"));
        pair.data.add(split("2024,April,National,E92000001,England,52,11"));
        pair.data.add(split("2024,May,National,E92000001,England,47,9"));
        pair.data.add(split("2024,June,National,E92000001,England,0,0"));
        pair.meta.add(split("col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,"
                + "filter_grouping_column"));
        pair.meta.add(split("individuals_requested,Indicator,Individuals the Home Office asked to match,,,0,,"));
        pair.meta.add(split("records_returned,Indicator,Individuals for whom data was returned,,,0,,"));
        return pair;
    }

    private String stem;
    private String metaName;
    private final List<List<String>> data = new ArrayList<>();
    private final List<List<String>> meta = new ArrayList<>();
    private UnaryOperator<String> dataText = UnaryOperator.identity();
    private UnaryOperator<String> metaText = UnaryOperator.identity();
    private boolean writeMeta = true;
    private Charset metaCharset = StandardCharsets.UTF_8;

    private TablePair(String stem) {
        this.stem = stem;
    }

    // ---- names ----

    TablePair stem(String newStem) {
        this.stem = newStem;
        return this;
    }

    /** Writes the meta file under another name than stem.meta.csv. */
    TablePair metaName(String name) {
        this.metaName = name;
        return this;
    }

    /** Writes the meta file in another encoding than UTF-8. */
    TablePair metaCharset(Charset charset) {
        this.metaCharset = charset;
        return this;
    }

    TablePair withoutMeta() {
        this.writeMeta = false;
        return this;
    }

    String dataName() {
        return stem + ".csv";
    }

    String actualMetaName() {
        return metaName != null ? metaName : stem + ".meta.csv";
    }

    // ---- data edits ----

    TablePair cell(int line, String column, String value) {
        data.get(line - 1).set(data.get(0).indexOf(checkedColumn(data, column)), value);
        return this;
    }

    /** Sets a column on every data row. */
    TablePair everyCell(String column, String value) {
        for (int line = 2; line <= data.size(); line++) {
            cell(line, column, value);
        }
        return this;
    }

    /** Replaces one value of a column wherever it occurs. */
    TablePair replaceValue(String column, String from, String to) {
        int index = data.get(0).indexOf(checkedColumn(data, column));
        for (int line = 2; line <= data.size(); line++) {
            if (data.get(line - 1).get(index).equals(from)) {
                data.get(line - 1).set(index, to);
            }
        }
        return this;
    }

    TablePair moveDataColumnToEnd(String column) {
        int index = data.get(0).indexOf(checkedColumn(data, column));
        data.forEach(row -> row.add(row.remove(index)));
        return this;
    }

    TablePair renameDataColumn(String from, String to) {
        data.get(0).set(data.get(0).indexOf(checkedColumn(data, from)), to);
        return this;
    }

    /** Renames a column in both files, as a writer with a new column name would. */
    TablePair renameColumn(String from, String to) {
        renameDataColumn(from, to);
        for (List<String> row : meta) {
            if (row.get(0).equals(from)) {
                row.set(0, to);
            }
        }
        return this;
    }

    TablePair addDataColumn(String name, String value) {
        data.get(0).add(name);
        for (int line = 2; line <= data.size(); line++) {
            data.get(line - 1).add(value);
        }
        return this;
    }

    TablePair removeDataColumn(String column) {
        int index = data.get(0).indexOf(checkedColumn(data, column));
        data.forEach(row -> row.remove(index));
        return this;
    }

    TablePair addDataRow(String csvLine) {
        data.add(split(csvLine));
        return this;
    }

    /** A copy of an existing row, added at the end. */
    TablePair repeatDataLine(int line) {
        data.add(new ArrayList<>(data.get(line - 1)));
        return this;
    }

    TablePair removeDataLine(int line) {
        data.remove(line - 1);
        return this;
    }

    // ---- meta edits ----

    TablePair metaCell(int line, String column, String value) {
        meta.get(line - 1).set(meta.get(0).indexOf(checkedColumn(meta, column)), value);
        return this;
    }

    TablePair addMetaRow(String csvLine) {
        meta.add(split(csvLine));
        return this;
    }

    TablePair removeMetaLine(int line) {
        meta.remove(line - 1);
        return this;
    }

    TablePair addMetaColumn(String name, String value) {
        meta.get(0).add(name);
        for (int line = 2; line <= meta.size(); line++) {
            meta.get(line - 1).add(value);
        }
        return this;
    }

    TablePair moveMetaColumnToEnd(String column) {
        int index = meta.get(0).indexOf(checkedColumn(meta, column));
        meta.forEach(row -> row.add(row.remove(index)));
        return this;
    }

    TablePair removeMetaColumn(String column) {
        int index = meta.get(0).indexOf(checkedColumn(meta, column));
        meta.forEach(row -> row.remove(index));
        return this;
    }

    // ---- raw text edits, applied to the written CSV text ----

    TablePair dataText(UnaryOperator<String> edit) {
        UnaryOperator<String> before = dataText;
        dataText = text -> edit.apply(before.apply(text));
        return this;
    }

    TablePair metaText(UnaryOperator<String> edit) {
        UnaryOperator<String> before = metaText;
        metaText = text -> edit.apply(before.apply(text));
        return this;
    }

    // ---- writing and checking ----

    String dataCsv() {
        return dataText.apply(render(data));
    }

    String metaCsv() {
        return metaText.apply(render(meta));
    }

    /** Writes both files into the folder and returns the data file. */
    Path writeTo(Path folder) {
        try {
            Path dataFile = folder.resolve(dataName());
            Files.write(dataFile, dataCsv().getBytes(StandardCharsets.UTF_8));
            if (writeMeta) {
                Files.write(folder.resolve(actualMetaName()), metaCsv().getBytes(metaCharset));
            }
            return dataFile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EesReport validateIn(Path folder) {
        Path dataFile = writeTo(folder);
        return new EesValidator().validate(dataFile, folder.resolve(actualMetaName()));
    }

    private static String checkedColumn(List<List<String>> table, String column) {
        if (!table.get(0).contains(column)) {
            throw new IllegalArgumentException("no column " + column + " in " + table.get(0));
        }
        return column;
    }

    private static List<String> split(String line) {
        return new ArrayList<>(List.of(line.split(",", -1)));
    }

    private static String render(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                text.append(i == 0 ? "" : ",").append(csvField(row.get(i)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String csvField(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
