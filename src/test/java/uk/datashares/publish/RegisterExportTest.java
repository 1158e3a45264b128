package uk.datashares.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import uk.datashares.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL writes the register's rows, so its CSV must be byte for byte what {@link CsvOutput}
 * writes for the same text: guard, quoting, empty values and line ends.
 */
class RegisterExportTest extends DatabaseTest {

    private static final List<String> AWKWARD = List.of("", "plain", "=1+2", "=HYPERLINK(\"http://x\";\"y\")", "+44 20 7946 0000",
            "+5", "-5", "-5.", "-.5", "-5e3", "-5E+3", "-5e", "-", "+", "@", "@SUM(A1)", "\tTab", "\rCR", "-\n5", "5-", "a,b",
            "say \"hi\"", "line\nbreak", "cr\rhere", "\\.", "\\N", "'quoted", "١٢٣", "-١٢", "−5", "ünïcödé, \"ok\"", " -5", "-5 ",
            "--5", ".", "-.", "-e5", "1e5", "=", "\"", ",", "\n", "NULL");

    @AfterEach
    void dropValues() {
        jdbc.execute("drop table if exists register_export_values");
    }

    @Test
    void awkwardTextIsGuardedAndQuotedExactlyAsCsvOutputDoes() {
        assertExportedAsCsvOutputWrites(AWKWARD);
    }

    @Test
    void randomTextOfTheCharactersThatMatterIsGuardedAndQuotedExactlyAsCsvOutputDoes() {
        Random random = new Random(20261129);
        String alphabet = "=+-@\t\r\n,\"'.eE0123456789 a\\é١";
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(7); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(value.toString());
        }
        assertExportedAsCsvOutputWrites(values);
    }

    private void assertExportedAsCsvOutputWrites(List<String> values) {
        jdbc.execute("create table register_export_values (n integer primary key, v text not null)");
        List<Object[]> rows = new ArrayList<>();
        StringBuilder expected = new StringBuilder();
        for (int n = 0; n < values.size(); n++) {
            rows.add(new Object[] {n, values.get(n)});
            expected.append(n).append(',').append(CsvOutput.quote(CsvOutput.guard(values.get(n)))).append('\n');
        }
        jdbc.batchUpdate("insert into register_export_values (n, v) values (?, ?)", rows);

        String copied = jdbc.execute((ConnectionCallback<String>) connection -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (select n, " + RegisterExport.guarded("v")
                        + " from register_export_values order by n) TO STDOUT (FORMAT csv)", out);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        });

        assertThat(copied).isEqualTo(expected.toString());
    }
}
