package uk.datashares.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a CSV cell given as UTF-8 bytes exactly as {@link CsvOutput} writes the same text,
 * without decoding it: the characters that decide quoting (comma, double quote, line breaks)
 * and the formula guard's first characters are ASCII, and a UTF-8 multi-byte sequence never
 * contains an ASCII byte. The rare cell the guard may change is decoded and written by
 * {@link CsvOutput}'s own rules.
 */
final class CsvCells {

    private CsvCells() {
    }

    static void write(OutputStream out, byte[] utf8, int length) throws IOException {
        if (length == 0) {
            return;
        }
        if (CsvOutput.mayRunAsFormula(utf8[0])) {
            out.write(CsvOutput.quote(CsvOutput.guard(new String(utf8, 0, length, StandardCharsets.UTF_8))).getBytes(StandardCharsets.UTF_8));
            return;
        }
        int special = 0;
        while (special < length && !CsvOutput.needsQuotes(utf8[special])) {
            special++;
        }
        if (special == length) {
            out.write(utf8, 0, length);
            return;
        }
        out.write('"');
        int from = 0;
        for (int i = special; i < length; i++) {
            if (utf8[i] == '"') {
                out.write(utf8, from, i + 1 - from);
                out.write('"');
                from = i + 1;
            }
        }
        out.write(utf8, from, length - from);
        out.write('"');
    }
}
