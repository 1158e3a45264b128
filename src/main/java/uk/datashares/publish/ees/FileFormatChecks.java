package uk.datashares.publish.ees;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static uk.datashares.publish.ees.EesCheck.BLANK_COLUMN;
import static uk.datashares.publish.ees.EesCheck.BLANK_ROW;
import static uk.datashares.publish.ees.EesCheck.CSV_QUOTING;
import static uk.datashares.publish.ees.EesCheck.FILE_UNREADABLE;
import static uk.datashares.publish.ees.EesCheck.HEADER_BLANK;
import static uk.datashares.publish.ees.EesCheck.HEADER_DUPLICATE;
import static uk.datashares.publish.ees.EesCheck.LINE_ENDINGS;
import static uk.datashares.publish.ees.EesCheck.ROW_WIDTH;
import static uk.datashares.publish.ees.EesCheck.SEPARATOR;
import static uk.datashares.publish.ees.EesCheck.UTF8_BOM;
import static uk.datashares.publish.ees.EesCheck.UTF8_INVALID;

/**
 * Reads a file and checks it is UTF-8 without BOM, comma-separated RFC 4180 text with {@code \n}
 * line ends, a usable header, no blank rows and no ragged rows.
 *
 * <p>Some mistakes leave the file unreadable as a table (wrong separator, broken quoting, ragged
 * rows, blank or repeated column names): later checks would only report their knock-on effects,
 * so {@link #read} then gives no table. The others (BOM, invalid bytes, \r\n, blank rows) are
 * reported and the table is still returned, so one run shows as much as possible.
 */
final class FileFormatChecks {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FileFormatChecks() {
    }

    static Optional<CsvTable> read(Path path, ProblemLog log) {
        String name = path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            log.report(FILE_UNREADABLE, name, null, null, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        int start = 0;
        if (startsWithBom(bytes)) {
            log.report(UTF8_BOM, name, 1, null,
                    "the file starts with a UTF-8 byte-order mark (BOM); write UTF-8 without BOM");
            start = BOM.length;
        }
        if (bytes.length == start) {
            log.report(FILE_UNREADABLE, name, null, null, "the file is empty; it needs a header row and data rows");
            return Optional.empty();
        }
        String text = decode(bytes, start, name, log);
        if (!checkSeparator(text, name, log)) {
            return Optional.empty();
        }
        Rfc4180Parser.Result parsed = Rfc4180Parser.parse(text);
        parsed.quotingIssues().forEach(issue -> log.report(CSV_QUOTING, name, issue.line(), null, issue.message()));
        if (parsed.badLineEndings() > 0) {
            log.report(LINE_ENDINGS, name, parsed.firstBadLineEnding(), null, parsed.badLineEndings()
                    + " line(s) end with \\r\\n or \\r, the first at this line; end every row with \\n only");
        }
        return toTable(name, parsed, log);
    }

    /** A data column with no value on any row carries nothing; PUBLISHING.md forbids it. */
    static void checkBlankColumns(CsvTable data, ProblemLog log) {
        List<String> header = data.header();
        for (int c = 0; c < header.size(); c++) {
            final int column = c;
            if (data.rows().stream().allMatch(row -> row.cell(column).isBlank())) {
                log.report(BLANK_COLUMN, data.fileName(), null, header.get(c),
                        "column " + EesStandard.quote(header.get(c)) + " is blank on every row; drop it");
            }
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** Decodes strictly to find the first bad byte; then leniently, so the other checks can still run. */
    private static String decode(byte[] bytes, int start, String name, ProblemLog log) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never needs more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return out.flip().toString();
        }
        int bad = in.position();
        int line = 1;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        log.report(UTF8_INVALID, name, line, null, String.format(Locale.ROOT,
                "invalid UTF-8 byte 0x%02X (byte %d of the file); save the file as UTF-8", bytes[bad] & 0xFF, bad));
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** A header with more semicolons, tabs or pipes than commas (outside quotes) was not written as CSV. */
    private static boolean checkSeparator(String text, String name, ProblemLog log) {
        Map<Character, Integer> counts = new HashMap<>();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                counts.merge(c, 1, Integer::sum);
            }
        }
        int commas = counts.getOrDefault(',', 0);
        for (char other : new char[] {';', '\t', '|'}) {
            if (counts.getOrDefault(other, 0) > commas) {
                String what = other == ';' ? "semicolons" : other == '\t' ? "tabs" : "pipes";
                log.report(SEPARATOR, name, 1, null,
                        "the header is separated by " + what + "; EES needs comma-separated values");
                return false;
            }
        }
        return true;
    }

    private static Optional<CsvTable> toTable(String name, Rfc4180Parser.Result parsed, ProblemLog log) {
        boolean readable = parsed.quotingIssues().isEmpty();
        List<Rfc4180Parser.Record> records = parsed.records();
        if (records.get(0).isBlank()) {
            log.report(FILE_UNREADABLE, name, 1, null, "the first line is blank; the header row must come first");
            return Optional.empty();
        }
        List<String> header = records.get(0).fields();
        readable &= checkHeader(name, header, log);
        List<CsvTable.Row> rows = new ArrayList<>();
        for (Rfc4180Parser.Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                log.report(BLANK_ROW, name, record.line(), null, "blank row; remove it");
            } else if (record.fields().size() != header.size()) {
                log.report(ROW_WIDTH, name, record.line(), null, "the row has " + record.fields().size()
                        + " fields but the header has " + header.size() + "; quote any value containing a comma");
                readable = false;
            } else {
                rows.add(new CsvTable.Row(record.line(), record.fields()));
            }
        }
        if (rows.isEmpty() && readable) {
            log.report(FILE_UNREADABLE, name, null, null, "the file has a header but no rows");
            readable = false;
        }
        return readable ? Optional.of(new CsvTable(name, header, rows)) : Optional.empty();
    }

    private static boolean checkHeader(String name, List<String> header, ProblemLog log) {
        boolean ok = true;
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isBlank()) {
                log.report(HEADER_BLANK, name, 1, null, "column " + (i + 1) + " of the header has no name"
                        + (i == header.size() - 1 ? " (a trailing comma?)" : ""));
                ok = false;
                continue;
            }
            String earlier = seen.putIfAbsent(column.toLowerCase(Locale.ROOT), column);
            if (earlier != null) {
                log.report(HEADER_DUPLICATE, name, 1, column, earlier.equals(column)
                        ? "column name " + EesStandard.quote(column) + " appears twice in the header"
                        : "column names " + EesStandard.quote(earlier) + " and " + EesStandard.quote(column)
                        + " differ only by case");
                ok = false;
            }
        }
        return ok;
    }
}
