package uk.datashares.publish;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV as the open-data standard asks: UTF-8 without BOM, comma separated, RFC 4180
 * quoting, "\n" line ends. Text a spreadsheet would run as a formula (starting =, +, -, @, tab
 * or carriage return, and not a plain number) gets a leading apostrophe, as OWASP advises
 * against CSV injection.
 */
public final class CsvOutput implements AutoCloseable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final Writer out;
    private long rows;

    public CsvOutput(Path file) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Writes a row; the header counts as a row too. */
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(guard(cells.get(i))));
        }
        out.write('\n');
        rows++;
    }

    public void row(String... cells) throws IOException {
        row(List.of(cells));
    }

    /** Rows written so far, the header included. */
    public long rows() {
        return rows;
    }

    /** The formula-injection guard: neutralises text a spreadsheet would execute. */
    public static String guard(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        if (mayRunAsFormula(value.charAt(0)) && !PLAIN_NUMBER.matcher(value).matches()) {
            return "'" + value;
        }
        return value;
    }

    static String quote(String value) {
        boolean needs = false;
        for (int i = 0; i < value.length(); i++) {
            if (needsQuotes(value.charAt(i))) {
                needs = true;
                break;
            }
        }
        if (!needs) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A first character with which a spreadsheet may run a cell as a formula (the guard then looks further). */
    static boolean mayRunAsFormula(int first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** A character that makes a cell quoted. */
    static boolean needsQuotes(int c) {
        return c == ',' || c == '"' || c == '\n' || c == '\r';
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
