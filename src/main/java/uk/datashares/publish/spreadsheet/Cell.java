package uk.datashares.publish.spreadsheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** A cell of a release workbook, as both writers render it. */
public sealed interface Cell {

    /** How a text cell is shown: the sheet title (A1), a heading on the cover, a table header, or plain. */
    enum Style { PLAIN, TITLE, HEADING, HEADER }

    /** What a reader sees in the cell (numbers as they are displayed). */
    String display();

    record Text(String text, Style style) implements Cell {
        @Override
        public String display() {
            return text;
        }
    }

    /**
     * A number stored as a number, shown with {@code decimals} places and, when {@code grouping},
     * a thousands separator. The stored value keeps every digit the CSV tables have.
     */
    record Number(BigDecimal value, int decimals, boolean grouping) implements Cell {
        @Override
        public String display() {
            DecimalFormat format = new DecimalFormat(pattern(), DecimalFormatSymbols.getInstance(Locale.UK));
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format.format(value);
        }

        /** The number format, in the notation both Excel and the writers here use. */
        public String pattern() {
            return (grouping ? "#,##0" : "0") + (decimals > 0 ? "." + "0".repeat(decimals) : "");
        }
    }

    /** A link to cell A1 of another worksheet of the same workbook. */
    record Link(String text, String sheet) implements Cell {
        @Override
        public String display() {
            return text;
        }
    }

    static Text text(String text) {
        return new Text(text, Style.PLAIN);
    }

    static Text title(String text) {
        return new Text(text, Style.TITLE);
    }

    static Text heading(String text) {
        return new Text(text, Style.HEADING);
    }
}
