package uk.datashares.normalise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;

import uk.datashares.ingest.CellValue;
import uk.datashares.normalise.DateReader.Reading;
import uk.datashares.reference.ReferenceTables;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates as registers write them (SPEC §2 "Cells"; reference/README.md "Dates"). */
class DateReaderTest {

    private static final ReferenceTables TABLES = ReferenceTables.load(Paths.get("jobs/reference"));
    private static final DateReader DATES = new DateReader(TABLES::isSentinel);

    private static Reading date(String text) {
        return DATES.date(new CellValue.TextCell(text), false);
    }

    private static Reading month(String text) {
        return DATES.month(new CellValue.TextCell(text), false);
    }

    private static Reading parsed(int year, int month, int day) {
        return new Reading.Parsed(LocalDate.of(year, month, day));
    }

    // ---- date cells ------------------------------------------------------------------------

    @Test
    void readsADateCellAsItsDate() {
        assertThat(DATES.date(new CellValue.DateCell(LocalDateTime.of(2016, 11, 28, 0, 0)), false)).isEqualTo(parsed(2016, 11, 28));
        assertThat(DATES.date(new CellValue.DateCell(LocalDateTime.of(2016, 11, 28, 17, 45)), true)).isEqualTo(parsed(2016, 11, 28));
    }

    @Test
    void aDateCellOutsideTheYearsSpreadsheetsHoldIsUnparsed() {
        assertThat(DATES.date(new CellValue.DateCell(LocalDateTime.of(1899, 12, 31, 0, 0)), false)).as("serial 0, Excel's 00/01/1900")
                .isInstanceOf(Reading.Unparsed.class);
        assertThat(DATES.date(new CellValue.DateCell(LocalDateTime.of(10000, 1, 1, 0, 0)), false)).as("serial 2958466")
                .isInstanceOf(Reading.Unparsed.class);
        assertThat(DATES.date(new CellValue.DateCell(LocalDateTime.of(1900, 1, 1, 0, 0)), false)).isEqualTo(parsed(1900, 1, 1));
    }

    @Test
    void readsAnUnformattedSerialInThe1900System() {
        assertThat(DATES.date(new CellValue.NumberCell(42702), false)).isEqualTo(parsed(2016, 11, 28));
    }

    @Test
    void readsAnUnformattedSerialInThe1904System() {
        assertThat(DATES.date(new CellValue.NumberCell(41240), true)).isEqualTo(parsed(2016, 11, 28));
        assertThat(DATES.date(new CellValue.NumberCell(42702), true)).isEqualTo(parsed(2020, 11, 29));
    }

    @Test
    void aNumberThatIsNoDateSerialIsUnparsed() {
        assertThat(DATES.date(new CellValue.NumberCell(-3), false)).isInstanceOf(Reading.Unparsed.class);
        assertThat(DATES.date(new CellValue.NumberCell(0), false)).isInstanceOf(Reading.Unparsed.class);
    }

    // ---- text dates ------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "28/11/2016|2016-11-28",
            "15.06.2016|2016-06-15",
            "5.9.2013|2013-09-05",
            "2016-11-28|2016-11-28",
            "28 Nov 2016|2016-11-28",
            "August 15, 2017|2017-08-15",
            "28/11/16|2016-11-28",
            "28-11-2016|2016-11-28",
            "28 November 2016|2016-11-28",
            "1st June 2016|2016-06-01",
            "28-Nov-16|2016-11-28",
            "Sept 5, 2013|2013-09-05",
            "2016-11-28T00:00:00|2016-11-28",
            "' 28/11/2016\u00A0'|2016-11-28",
    })
    void readsTextDatesInEveryFormSeen(String text, LocalDate expected) {
        assertThat(date(text)).isEqualTo(new Reading.Parsed(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "05/09/2013|2013-09-05",
            "12/11/2016|2016-11-12",
            "1/2/2020|2020-02-01",
            "12.01.2019|2019-01-12",
    })
    void readsNumericTextDayFirst(String text, LocalDate expected) {
        assertThat(date(text)).isEqualTo(new Reading.Parsed(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "28/11/2016 00:00|2016-11-28",
            "28/11/2016 14:30:00|2016-11-28",
            "2016-11-28 14:30:00|2016-11-28",
            "5/9/2013 9:05 pm|2013-09-05",
    })
    void readsATextDateFollowedByATimeOfDay(String text, LocalDate expected) {
        assertThat(date(text)).isEqualTo(new Reading.Parsed(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "04/05/2020 [note 7]|2020-05-04",
            "[note 1] 28 Nov 2016|2016-11-28",
            "2016-11-28[NOTE 12]|2016-11-28",
    })
    void readsATextDateBesideANoteMarker(String text, LocalDate expected) {
        assertThat(date(text)).isEqualTo(new Reading.Parsed(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pending", "Pending", "N/A", "n/a", "NA", "TBC", "tbd", "ongoing", "Ongoing", "-", "\u2013",
            "[x]", "[z]", "[X]", "", " ", "\u00A0", "not applicable", "Unknown", "Not recorded", "- [note 8]", "TBC [Note 2]"})
    void readsSentinelsAndBlanksAsNotRecordedNeverAsAParseFailure(String text) {
        assertThat(date(text)).isEqualTo(new Reading.NotRecorded());
        assertThat(month(text)).isEqualTo(new Reading.NotRecorded());
    }

    @Test
    void readsABlankCellAsNotRecorded() {
        assertThat(DATES.date(null, false)).isEqualTo(new Reading.NotRecorded());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2020", "30.02.2019", "29/02/2019", "32/01/2020", "15/13/2020", "2020-02-30",
            "28/11/2016 25:00"})
    void aTextThatLooksLikeADateButIsNotOneIsUnparsed(String text) {
        assertThat(date(text)).isInstanceOfSatisfying(Reading.Unparsed.class, u -> {
            assertThat(u.raw()).isEqualTo(text);
            assertThat(u.reason()).contains("looks like a date");
        });
    }

    @Test
    void aLeapDayIsADate() {
        assertThat(date("29/02/2020")).isEqualTo(parsed(2020, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"awaiting signature", "see notes", "Q3"})
    void textThatIsNoDateIsUnparsed(String text) {
        assertThat(date(text)).isInstanceOfSatisfying(Reading.Unparsed.class, u -> assertThat(u.raw()).isEqualTo(text));
    }

    // ---- month-only text -------------------------------------------------------------------

    @Test
    void aMonthInFiguresThatIsNoMonthIsAnUnparsedDate() {
        assertThat(month("2022-13")).isInstanceOf(Reading.Unparsed.class);
        assertThat(month("00/2022")).isInstanceOf(Reading.Unparsed.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nov-16|2016-11-01",
            "November 2016|2016-11-01",
            "Jul-15|2015-07-01",
            "Sept 2019|2019-09-01",
            "jan 2020|2020-01-01",
            "2022-08|2022-08-01",
            "2022/8|2022-08-01",
            "08/2022|2022-08-01",
            "8.2022|2022-08-01",
    })
    void readsMonthOnlyTextAsTheFirstOfTheMonthInAMonthField(String text, LocalDate expected) {
        assertThat(month(text)).isEqualTo(new Reading.Parsed(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nov-16", "November 2016", "2022-08", "08/2022"})
    void monthOnlyTextIsNotADateInADateField(String text) {
        assertThat(date(text)).isInstanceOfSatisfying(Reading.Unparsed.class,
                u -> assertThat(u.reason()).contains("month without a day"));
    }

    @Test
    void aTextReadBeforeIsReadTheSameWayAgainForEachKindOfField() {
        DateReader reader = new DateReader(TABLES::isSentinel);
        CellValue monthText = new CellValue.TextCell("Nov-16");
        for (int time = 0; time < 2; time++) {
            assertThat(reader.month(monthText, false)).isEqualTo(parsed(2016, 11, 1));
            assertThat(reader.date(monthText, false)).isInstanceOf(Reading.Unparsed.class);
            assertThat(reader.date(new CellValue.TextCell("N/A"), false)).isInstanceOf(Reading.NotRecorded.class);
            assertThat(reader.date(new CellValue.TextCell("28/11/2016"), false)).isEqualTo(parsed(2016, 11, 28));
        }
    }

    @Test
    void aMonthFieldStillReadsFullDates() {
        assertThat(month("28/11/2016")).isEqualTo(parsed(2016, 11, 28));
        assertThat(DATES.month(new CellValue.DateCell(LocalDateTime.of(2016, 11, 1, 0, 0)), false)).isEqualTo(parsed(2016, 11, 1));
    }
}
