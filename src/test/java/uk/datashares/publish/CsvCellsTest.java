package uk.datashares.publish;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell written from its UTF-8 bytes is byte for byte the cell CsvOutput writes from its text. */
class CsvCellsTest {

    private static final List<String> AWKWARD = List.of("", "plain", "=1+2", "=HYPERLINK(\"http://x\";\"y\")", "+44 20 7946 0000",
            "+5", "-5", "-5.", "-.5", "-5e3", "-5E+3", "-5e", "-", "+", "@", "@SUM(A1)", "\tTab", "\rCR", "-\n5", "5-", "a,b",
            "say \"hi\"", "line\nbreak", "cr\rhere", "\\.", "\\N", "'quoted", "١٢٣", "-١٢", "−5", "ünïcödé, \"ok\"", " -5", "-5 ",
            "--5", ".", "-.", "-e5", "1e5", "=", "\"", ",", "\n", "\"\"", "a\"\"b\"", "😀,\"😀\"", "NULL");

    @Test
    void awkwardTextIsWrittenAsCsvOutputWritesIt() throws IOException {
        for (String value : AWKWARD) {
            assertThat(written(value)).as(value).isEqualTo(CsvOutput.quote(CsvOutput.guard(value)));
        }
    }

    @Test
    void randomTextOfTheCharactersThatMatterIsWrittenAsCsvOutputWritesIt() throws IOException {
        Random random = new Random(20261129);
        String alphabet = "=+-@\t\r\n,\"'.eE0123456789 a\\é١😀";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                value.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            assertThat(written(value.toString())).as(value.toString()).isEqualTo(CsvOutput.quote(CsvOutput.guard(value.toString())));
        }
    }

    private static String written(String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[utf8.length + 5];
        System.arraycopy(utf8, 0, padded, 0, utf8.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvCells.write(out, padded, utf8.length);
        return out.toString(StandardCharsets.UTF_8);
    }
}
