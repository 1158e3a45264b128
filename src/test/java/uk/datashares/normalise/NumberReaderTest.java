package uk.datashares.normalise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Paths;

import uk.datashares.ingest.CellValue;
import uk.datashares.normalise.NumberReader.Reading;
import uk.datashares.reference.ReferenceTables;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole counts (pupils, records, individuals) as numbers or text. */
class NumberReaderTest {

    private static final NumberReader NUMBERS = new NumberReader(ReferenceTables.load(Paths.get("jobs/reference"))::isSentinel);

    @Test
    void readsWholeNumberCells() {
        assertThat(NUMBERS.count(new CellValue.NumberCell(1234))).isEqualTo(new Reading.Parsed(1234));
        assertThat(NUMBERS.count(new CellValue.NumberCell(0))).isEqualTo(new Reading.Parsed(0));
    }

    @Test
    void aFractionalOrNegativeNumberIsUnparsed() {
        assertThat(NUMBERS.count(new CellValue.NumberCell(12.5))).isEqualTo(new Reading.Unparsed("12.5"));
        assertThat(NUMBERS.count(new CellValue.NumberCell(-1))).isEqualTo(new Reading.Unparsed("-1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1,234|1234", "'1 234'|1234", "1\u00A0234|1234", "' 42 '|42", "+5|5", "1,234,567|1234567", "233.0|233", "1,234.00|1234", "'12 [note 4]'|12", "'292[Note 5]'|292"})
    void readsCountsWrittenAsText(String text, long expected) {
        assertThat(NUMBERS.count(new CellValue.TextCell(text))).isEqualTo(new Reading.Parsed(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[c]", "[x]", "[z]", "N/A", "-", "..", "*", "", " "})
    void readsSentinelsAsNotRecorded(String text) {
        assertThat(NUMBERS.count(new CellValue.TextCell(text))).isEqualTo(new Reading.NotRecorded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<10", "about 200", "12.5", "233.01", "1e3", "-4", "."})
    void readsOtherTextAsUnparsed(String text) {
        assertThat(NUMBERS.count(new CellValue.TextCell(text))).isEqualTo(new Reading.Unparsed(text));
    }

    @Test
    void readsABlankCellAsNotRecorded() {
        assertThat(NUMBERS.count(null)).isEqualTo(new Reading.NotRecorded());
    }
}
