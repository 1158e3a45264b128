package uk.datashares.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CsvOutputTest {

    @TempDir
    Path folder;

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(CsvOutput.guard("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvOutput.guard("+44 20 7946 0000 call")).isEqualTo("'+44 20 7946 0000 call");
        assertThat(CsvOutput.guard("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
        assertThat(CsvOutput.guard("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvOutput.guard("\tindented")).isEqualTo("'\tindented");
        assertThat(CsvOutput.guard("\rreturn")).isEqualTo("'\rreturn");
    }

    @Test
    void plainNumbersAndOrdinaryTextAreLeftAlone() {
        assertThat(CsvOutput.guard("-5")).isEqualTo("-5");
        assertThat(CsvOutput.guard("+3.25")).isEqualTo("+3.25");
        assertThat(CsvOutput.guard("-1.5e3")).isEqualTo("-1.5e3");
        assertThat(CsvOutput.guard("University of Kent")).isEqualTo("University of Kent");
        assertThat(CsvOutput.guard("")).isEmpty();
    }

    @Test
    void writesRfc4180WithUnixLineEndsAndNoByteOrderMark() throws IOException {
        Path file = folder.resolve("t.csv");
        try (CsvOutput csv = new CsvOutput(file)) {
            csv.row("a", "b,c", "say \"hi\"", "two\nlines");
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 'a');
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
    }
}
