package uk.datashares.edition;

import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the edition from the words a workbook uses about itself: "data shares: June 2020",
 * "as at 31 March 2019", "as of December 2021", "to end of September 2023". "Published" and
 * "Last updated" lines name other dates and are never edition wording.
 */
public final class EditionWording {

    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october|november|december)";
    private static final Pattern WORDING = Pattern.compile(
            "(?:data\\s+shares\\s*:?|as\\s+at|as\\s+of|end\\s+of)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTHS + ",?\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_EDITION = Pattern.compile("^\\s*(published|last\\s+updated|next\\s+update|updated)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_MONTH = Pattern.compile(
            "(?:^|[^a-z])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[ _.\\-]*(\\d{4})(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    /**
     * A month in a name that bounds a period ("NPD requests pre-April 2018", "approved since May
     * 2018") names the sheet's coverage, not the edition.
     */
    private static final Pattern BOUND_BEFORE = Pattern.compile(
            "(?:^|[^a-z])(?:pre|prior[ _.\\-]*to|before|since|from|after|post)[ _.\\-]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_ISO = Pattern.compile("(?:^|[^0-9])(\\d{4})[-_](\\d{2})(?![0-9])");

    private EditionWording() {
    }

    /** The edition a cell's text names, if it is edition wording. */
    public static Optional<Edition> inText(String text) {
        if (text == null || text.isBlank() || text.length() > 1000 || NOT_EDITION.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher m = WORDING.matcher(text.replace('\u00A0', ' '));
        if (m.find()) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(Edition.containing(YearMonth.of(Integer.parseInt(m.group(2)), month)));
        }
        return Optional.empty();
    }

    /** The edition a file or folder name names: "..._June_2020.ods", "2023-09". */
    public static Optional<Edition> inName(String name) {
        Matcher iso = FILE_ISO.matcher(name);
        if (iso.find()) {
            int month = Integer.parseInt(iso.group(2));
            if (month >= 1 && month <= 12) {
                return Optional.of(Edition.containing(YearMonth.of(Integer.parseInt(iso.group(1)), month)));
            }
        }
        Matcher m = FILE_MONTH.matcher(name);
        while (m.find()) {
            if (BOUND_BEFORE.matcher(name.substring(0, m.start(1))).find()) {
                continue;
            }
            Month month = monthOfAbbreviation(m.group(1));
            return Optional.of(Edition.containing(YearMonth.of(Integer.parseInt(m.group(2)), month)));
        }
        return Optional.empty();
    }

    private static Month monthOfAbbreviation(String abbreviation) {
        String prefix = abbreviation.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }
}
