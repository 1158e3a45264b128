package uk.datashares.ingest;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A spreadsheet cell's number, and the date an Excel serial number stands for. Most numbers in
 * a register are whole (dates without a time, counts), written as plain digits: these are read
 * without the general decimal parser and, as dates, without POI's decimal arithmetic, to exactly
 * the values those give. Anything else goes to them.
 */
final class ExcelNumbers {

    /** Digits a long holds, and a double represents exactly (below 2^53). */
    private static final int EXACT_DIGITS = 15;

    private static final LocalDate FIRST_OF_1900 = LocalDate.of(1900, 1, 1);
    private static final LocalDate FIRST_OF_1904 = LocalDate.of(1904, 1, 1);

    /** The first serial after Excel's fictitious 29 February 1900. */
    private static final int MARCH_1900 = 61;

    private ExcelNumbers() {
    }

    /**
     * The number a cell's text gives, as {@link Double#parseDouble} gives it.
     *
     * @throws NumberFormatException when the text is not a number
     */
    static double parse(String text) {
        int length = text.length();
        if (length == 0 || length > EXACT_DIGITS) {
            return Double.parseDouble(text);
        }
        long value = AsciiDigits.value(text, 0, length);
        return value < 0 ? Double.parseDouble(text) : value;
    }

    /**
     * The date and time an Excel serial number stands for, as POI's
     * {@code DateUtil.getLocalDateTime(serial, date1904, false)} gives it (to the nearest
     * millisecond, as the .xls and .ods readers give it: a time just before midnight is still that
     * day); {@code null} when the serial is not a valid Excel date.
     */
    static LocalDateTime dateTime(double serial, boolean date1904) {
        if (serial != Math.rint(serial) || !DateUtil.isValidExcelDate(serial) || serial > Integer.MAX_VALUE) {
            return DateUtil.getLocalDateTime(serial, date1904, false);
        }
        int wholeDays = (int) serial;
        if (date1904) {
            return FIRST_OF_1904.plusDays(wholeDays).atStartOfDay();
        }
        // Excel counts a 29 February 1900 that never was: serials from 61 are a day ahead.
        return FIRST_OF_1900.plusDays(wholeDays - (wholeDays < MARCH_1900 ? 1L : 2L)).atStartOfDay();
    }
}
