package uk.datashares.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One non-blank cell as the spreadsheet stores it. Blank cells are {@code null} in a row. */
public sealed interface CellValue {

    /** The cell as text: what a reader of the sheet sees, used for matching and verbatim fields. */
    String text();

    record TextCell(String text) implements CellValue {
    }

    /** A number; {@code text} is its plain decimal form ("2", "0.5"). */
    record NumberCell(double value) implements CellValue {
        @Override
        public String text() {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** A cell the workbook stores as a date (a date-formatted serial in xlsx/xls, a date value in ods). */
    record DateCell(LocalDateTime value) implements CellValue {
        @Override
        public String text() {
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? value.toLocalDate().toString() : value.toString();
        }
    }

    /**
     * A formula the file holds no calculated value for (a workbook written by a program that does
     * not calculate, as openpyxl writes them): read as blank, and reported where a field reads it.
     */
    record UncalculatedFormula(String formula) implements CellValue {
        @Override
        public String text() {
            return "";
        }
    }

    record BooleanCell(boolean value) implements CellValue {
        @Override
        public String text() {
            return value ? "TRUE" : "FALSE";
        }
    }
}
