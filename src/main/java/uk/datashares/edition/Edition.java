package uk.datashares.edition;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One quarterly edition, named by the last month of its calendar quarter: {@code 2023-09}
 * covers July to September 2023.
 */
public record Edition(YearMonth quarterEnd) implements Comparable<Edition> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{2})");

    public Edition {
        if (quarterEnd.getMonthValue() % 3 != 0) {
            throw new IllegalArgumentException("an edition ends a quarter (March, June, September or December), not " + quarterEnd);
        }
    }

    /** The edition whose quarter contains the given month. */
    public static Edition containing(YearMonth month) {
        int end = ((month.getMonthValue() - 1) / 3 + 1) * 3;
        return new Edition(YearMonth.of(month.getYear(), end));
    }

    /** Parses {@code YYYY-MM}, where MM ends a quarter. */
    public static Edition parse(String code) {
        Matcher m = CODE.matcher(code == null ? "" : code.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + code + "' is not an edition: use YYYY-MM, e.g. 2023-09 for July to September 2023");
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || month % 3 != 0) {
            throw new IllegalArgumentException("'" + code + "' is not an edition: editions are quarters named by their last month "
                    + "(03, 06, 09 or 12), e.g. 2023-09 for July to September 2023");
        }
        return new Edition(YearMonth.of(Integer.parseInt(m.group(1)), month));
    }

    public String code() {
        return quarterEnd.toString();
    }

    public LocalDate quarterStart() {
        return quarterEnd.minusMonths(2).atDay(1);
    }

    public LocalDate quarterEndDate() {
        return quarterEnd.atEndOfMonth();
    }

    public boolean inQuarter(LocalDate date) {
        return date != null && !date.isBefore(quarterStart()) && !date.isAfter(quarterEndDate());
    }

    /** "September 2023", as the publication names the edition. */
    public String title() {
        return quarterEnd.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + quarterEnd.getYear();
    }

    /** The quarter in words: "July to September 2023". */
    public String quarterInWords() {
        Month first = quarterEnd.minusMonths(2).getMonth();
        return first.getDisplayName(TextStyle.FULL, Locale.UK) + " to " + title();
    }

    /**
     * EES time period: the financial year the quarter falls in (April to March), six digits,
     * e.g. {@code 202324} for any quarter from April 2023 to March 2024.
     */
    public String financialYearPeriod() {
        int startYear = quarterEnd.getMonthValue() <= 3 ? quarterEnd.getYear() - 1 : quarterEnd.getYear();
        return String.format("%d%02d", startYear, (startYear + 1) % 100);
    }

    /** EES time identifier: "Financial year Q1" for April-June ... "Financial year Q4" for January-March. */
    public String financialYearQuarter() {
        int q = switch (quarterEnd.getMonthValue()) {
            case 6 -> 1;
            case 9 -> 2;
            case 12 -> 3;
            default -> 4;
        };
        return "Financial year Q" + q;
    }

    public Edition previous() {
        return new Edition(quarterEnd.minusMonths(3));
    }

    @Override
    public int compareTo(Edition other) {
        return quarterEnd.compareTo(other.quarterEnd);
    }

    @Override
    public String toString() {
        return code();
    }
}
