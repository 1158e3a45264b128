package uk.datashares.ingest;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExcelNumbersTest {

    @Test
    void wholeNumbersAreReadAsTheDecimalParserReadsThem() {
        for (String text : new String[] {"0", "7", "007", "44712", "123456789012345", "999999999999999"}) {
            assertSameAsDecimalParser(text);
        }
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            String text = Long.toString(random.nextLong() & ((1L << 49) - 1));
            assertSameAsDecimalParser(text);
        }
    }

    @Test
    void everyOtherNumberGoesToTheDecimalParser() {
        for (String text : new String[] {"-0", "-12", "44712.5", "1E3", "1e-7", "0.1", "1234567890123456789", "+5", "NaN", "Infinity"}) {
            assertSameAsDecimalParser(text);
        }
        for (String text : new String[] {"", "12a", "-", "1,000", "DS00752"}) {
            assertThatThrownBy(() -> ExcelNumbers.parse(text)).as(text).isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void wholeSerialsGiveTheDatesPoiGives() {
        for (boolean date1904 : new boolean[] {false, true}) {
            for (int serial = 0; serial <= 120_000; serial++) {
                assertSameAsPoi(serial, date1904);
            }
            for (double serial : new double[] {2_958_464, 2_958_465, 2_958_466, 1e10, -1}) {
                assertSameAsPoi(serial, date1904);
            }
        }
    }

    @Test
    void serialsWithATimeOfDayGiveTheTimesPoiGives() {
        Random random = new Random(2);
        for (boolean date1904 : new boolean[] {false, true}) {
            for (double serial : new double[] {0.5, 59.999, 60.25, 61.75, 44712.000011574, 44712.99999999}) {
                assertSameAsPoi(serial, date1904);
            }
            for (int i = 0; i < 10_000; i++) {
                assertSameAsPoi(random.nextDouble() * 80_000, date1904);
            }
        }
    }

    @Test
    void aTimeJustBeforeMidnightIsStillThatDayAsTheOtherReadersGiveIt() {
        assertThat(ExcelNumbers.dateTime(44368.99999999, false).toLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 6, 21));
        assertThat(ExcelNumbers.dateTime(44368 + 86399.5 / 86400, false).toLocalDate()).isEqualTo(java.time.LocalDate.of(2021, 6, 21));
    }

    /** Compared as Double objects: NaN equals NaN and -0.0 differs from 0.0. */
    private static void assertSameAsDecimalParser(String text) {
        assertThat(Double.valueOf(ExcelNumbers.parse(text))).as(text).isEqualTo(Double.valueOf(Double.parseDouble(text)));
    }

    private static void assertSameAsPoi(double serial, boolean date1904) {
        LocalDateTime poi = DateUtil.getLocalDateTime(serial, date1904, false);
        assertThat(ExcelNumbers.dateTime(serial, date1904)).as("serial %s, 1904: %s", serial, date1904).isEqualTo(poi);
    }
}
