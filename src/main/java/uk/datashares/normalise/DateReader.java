package uk.datashares.normalise;

import org.apache.poi.ss.usermodel.DateUtil;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.datashares.ingest.CellValue;
import uk.datashares.reference.Text;

/**
 * Reads dates as registers write them: date cells (serials in the 1900 or 1904 system, ods
 * dates) and text in every form seen (28/11/2016, 15.06.2016, 5.9.2013, 2016-11-28,
 * 28 Nov 2016, August 15, 2017). Numeric text is day first. Month-only text (Nov-16,
 * November 2016, and in figures 2016-11 or 11/2016) means the first of the month, and only
 * where a month is asked for.
 *
 * <p>A register writes the same few thousand dates again and again, so each distinct text is
 * read once (up to a bound): a reader belongs to one thread, as each step's row reader does.
 */
public final class DateReader {

    /** Distinct date texts remembered for each kind of field. */
    private static final int REMEMBERED = 20_000;
    /** The years of the dates spreadsheets hold (Excel's 1 January 1900 to 31 December 9999). */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9999;

    private static final Map<String, Month> MONTHS = monthNames();
    private static final String MONTH = "([a-z]{3,9})\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ].*)?");
    /** A time of day after a numeric date ("28/11/2016 00:00", as a date-time cell exports to CSV): ignored. */
    private static final String TIME_OF_DAY = "(?:\\s+(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?)?";
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})" + TIME_OF_DAY);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-]+" + MONTH + ",?[\\s\\-]+(\\d{4}|\\d{2})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?[\\s\\-/]*(\\d{4}|\\d{2})");
    /** A month in figures, year first or last: 2022-08, 08/2022 (a four-digit year, so never a day and month). */
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[/\\-]\\s*(\\d{1,2})");
    private static final Pattern MONTH_YEAR_FIGURES = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern LOOKS_LIKE_DATE = Pattern.compile("\\d{1,4}\\s*[/.\\-]\\s*\\d{1,2}|\\d{1,2}\\s*[/.\\-]\\s*\\d{1,4}|"
            + "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b.*\\d{2}");

    /** What a date cell held. */
    public sealed interface Reading {
        /** Blank, or a sentinel meaning "not recorded". */
        record NotRecorded() implements Reading {
        }

        record Parsed(LocalDate date) implements Reading {
        }

        /** Text that is not a date (31/02/2020, "awaiting signature"): kept as a finding. */
        record Unparsed(String raw, String reason) implements Reading {
        }
    }

    private final SentinelCheck sentinels;
    private final Map<String, Reading> dateTexts = new HashMap<>();
    private final Map<String, Reading> monthTexts = new HashMap<>();

    /** Tells whether a text means "not recorded". */
    @FunctionalInterface
    public interface SentinelCheck {
        boolean isSentinel(String raw);
    }

    public DateReader(SentinelCheck sentinels) {
        this.sentinels = sentinels;
    }

    /** A date field: month-only text is not a date here. */
    public Reading date(CellValue cell, boolean date1904) {
        return read(cell, date1904, false);
    }

    /** A month field (the Home Office series): month-only text means the first of the month. */
    public Reading month(CellValue cell, boolean date1904) {
        return read(cell, date1904, true);
    }

    private Reading read(CellValue cell, boolean date1904, boolean monthOnly) {
        if (cell == null) {
            return new Reading.NotRecorded();
        }
        if (cell instanceof CellValue.DateCell date) {
            int year = date.value().getYear();
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                // serial 0 (Excel's "00/01/1900"), a serial past 31/12/9999, an ods date from a time alone
                return new Reading.Unparsed(cell.text(), "a date cell holding no date a register can mean");
            }
            return new Reading.Parsed(date.value().toLocalDate());
        }
        if (cell instanceof CellValue.NumberCell number) {
            double serial = number.value();
            if (serial >= 1 && serial < 2958466 && DateUtil.isValidExcelDate(serial)) {
                return new Reading.Parsed(DateUtil.getLocalDateTime(serial, date1904, false).toLocalDate());
            }
            return new Reading.Unparsed(cell.text(), "a number that is not a date serial");
        }
        String raw = cell.text();
        Map<String, Reading> remembered = monthOnly ? monthTexts : dateTexts;
        Reading known = remembered.get(raw);
        if (known != null) {
            return known;
        }
        Reading reading = raw.isBlank() || sentinels.isSentinel(raw) ? new Reading.NotRecorded() : parseText(raw, monthOnly);
        if (remembered.size() < REMEMBERED) {
            remembered.put(raw, reading);
        }
        return reading;
    }

    /** Parses a date written as text. */
    public Reading parseText(String raw, boolean monthOnly) {
        String text = Text.singleLine(Text.withoutNoteMarkers(raw)).toLowerCase(Locale.ROOT);
        Matcher m;
        try {
            if ((m = ISO.matcher(text)).matches()) {
                return parsed(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if ((m = NUMERIC.matcher(text)).matches()) {
                return parsed(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            if ((m = DAY_MONTH_YEAR.matcher(text)).matches() && MONTHS.containsKey(m.group(2))) {
                return parsed(year(m.group(3)), MONTHS.get(m.group(2)).getValue(), Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH_DAY_YEAR.matcher(text)).matches() && MONTHS.containsKey(m.group(1))) {
                return parsed(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1)).getValue(), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH_YEAR.matcher(text)).matches() && MONTHS.containsKey(m.group(1))) {
                return monthOnly ? parsed(year(m.group(2)), MONTHS.get(m.group(1)).getValue(), 1) : noDay(raw);
            }
            if ((m = YEAR_MONTH.matcher(text)).matches()) {
                return monthOnly ? parsed(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1) : noDay(raw);
            }
            if ((m = MONTH_YEAR_FIGURES.matcher(text)).matches()) {
                return monthOnly ? parsed(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)), 1) : noDay(raw);
            }
        } catch (DateTimeException e) {
            return new Reading.Unparsed(raw, "looks like a date but is not one (" + e.getMessage() + ")");
        }
        if (LOOKS_LIKE_DATE.matcher(text).find()) {
            return new Reading.Unparsed(raw, "looks like a date but is in no known date format");
        }
        return new Reading.Unparsed(raw, "is not a date");
    }

    private static Reading noDay(String raw) {
        return new Reading.Unparsed(raw, "a month without a day is not a date");
    }

    private static Reading parsed(int year, int month, int day) {
        return new Reading.Parsed(LocalDate.of(year, month, day));
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return year < 70 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            names.put(full, month);
            names.put(full.substring(0, 3), month);
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }
}
