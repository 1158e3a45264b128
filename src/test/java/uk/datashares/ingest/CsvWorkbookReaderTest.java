package uk.datashares.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.datashares.ingest.TestWorkbooks.numbers;
import static uk.datashares.ingest.TestWorkbooks.texts;

/** CSV files: one sheet each, named after the file, rows numbered by record (SPEC §2). */
class CsvWorkbookReaderTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void namesTheSheetAfterTheFileWithoutItsExtension() throws IOException {
        Path file = write("DfE_external_data_shares_June_2022_-_Police.csv", utf8("a,b\n"));

        try (WorkbookReader reader = TestWorkbooks.open(file)) {
            assertThat(reader.nextSheet().name()).isEqualTo("DfE_external_data_shares_June_2022_-_Police");
            assertThat(reader.nextSheet()).isNull();
        }
        assertThat(CsvWorkbookReader.sheetName(Path.of("Home.Office.2020.csv"))).isEqualTo("Home.Office.2020");
    }

    @Test
    void numbersRowsByRecordSoAQuotedCellSpanningLinesIsOneRow() throws IOException {
        Path file = write("shares.csv", utf8("Reference,Datasets\n"
                + "DR1,\"KS2\nKS4\nNPD\"\n"
                + "DR2,\"one \"\"quoted\"\" word\"\n"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(numbers(rows)).containsExactly(1, 2, 3);
        assertThat(texts(rows.get(1))).containsExactly("DR1", "KS2\nKS4\nNPD");
        assertThat(texts(rows.get(2))).containsExactly("DR2", "one \"quoted\" word");
    }

    @Test
    void countsBlankRecordsButDoesNotReturnThem() throws IOException {
        Path file = write("shares.csv", utf8("Title\n\n,,,\nReference,Organisation\n"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(numbers(rows)).containsExactly(1, 4);
    }

    @Test
    void readsWindowsLineEndingsWithoutCarriageReturnsInCells() throws IOException {
        Path file = write("shares.csv", utf8("Reference,Datasets\r\nDR1,\"KS2\r\nKS4\"\r\nDR2,NPD\r\n"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(numbers(rows)).containsExactly(1, 2, 3);
        assertThat(texts(rows.get(0))).containsExactly("Reference", "Datasets");
        assertThat(rows.get(1).text(1)).doesNotContain("\r").contains("KS2").contains("KS4");
        assertThat(texts(rows.get(2))).containsExactly("DR2", "NPD");
    }

    @Test
    void readsUtf8WithoutBom() throws IOException {
        Path file = write("shares.csv", utf8("Organisation,Cost\nKing\u2019s College London,\u00A3100\n"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(texts(rows.get(1))).containsExactly("King\u2019s College London", "\u00A3100");
    }

    @Test
    void readsUtf8WithBomWithoutTheBomInTheFirstCell() throws IOException {
        Path file = write("shares.csv", BOM, utf8("Reference,Organisation\nDR1,King\u2019s College\n"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(rows.get(0).text(0)).isEqualTo("Reference");
        assertThat(texts(rows.get(1))).containsExactly("DR1", "King\u2019s College");
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() throws IOException {
        // 0x92 is the right single quote, 0xA0 a non-breaking space, 0xA3 the pound sign
        Path file = write("shares.csv", ascii("Organisation,Cost\nKing"), new byte[] {(byte) 0x92},
                ascii("s College"), new byte[] {(byte) 0xA0}, ascii("London,"), new byte[] {(byte) 0xA3}, ascii("100\n"));

        assertThat(FileFingerprint.of(file).textCharset()).isEqualTo(FileFingerprint.WINDOWS_1252);
        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(texts(rows.get(1))).containsExactly("King\u2019s College\u00A0London", "\u00A3100");
    }

    @Test
    void choosesWindows1252ForAByteFarIntoTheFile() throws IOException {
        String longAscii = "DR1,University of Bath,a purpose\n".repeat(5000);
        Path file = write("shares.csv", ascii("Reference,Organisation,Purpose\n" + longAscii + "DR2,St Mary"),
                new byte[] {(byte) 0x92}, ascii("s,x\n"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(rows.get(rows.size() - 1).text(1)).isEqualTo("St Mary\u2019s");
    }

    @Test
    void keepsQuotedLeadingAndTrailingSpacesForTheRulesToTrim() throws IOException {
        Path file = write("shares.csv", utf8("a,\"  b  \",c \n"));

        List<SheetRow> rows = TestWorkbooks.firstSheet(file);

        assertThat(texts(rows.get(0))).containsExactly("a", "  b  ", "c ");
    }

    @Test
    void refusesAQuotedCellThatIsNeverClosedNamingFileSheetAndRow() throws IOException {
        Path file = write("Police.csv", utf8("Date,Authority,Reason\n01/02/2020,Met,\"burglary\n02/02/2020,Kent,fraud\n"));

        assertThatThrownBy(() -> TestWorkbooks.firstSheet(file))
                .isInstanceOfSatisfying(InputFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("Police.csv");
                    assertThat(e.sheet()).isEqualTo("Police");
                    assertThat(e.row()).isEqualTo(2);
                })
                .hasMessageContaining("never closed");
    }
}
