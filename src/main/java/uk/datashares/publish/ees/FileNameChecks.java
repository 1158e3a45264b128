package uk.datashares.publish.ees;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static uk.datashares.publish.ees.EesCheck.FILE_NAME_MATCH;
import static uk.datashares.publish.ees.EesCheck.FILE_STEM;
import static uk.datashares.publish.ees.EesCheck.FILE_STEM_LENGTH;
import static uk.datashares.publish.ees.EesCheck.FILE_STEM_TIME_PERIOD;

/**
 * The pair's names: {@code <stem>.csv} and {@code <stem>.meta.csv}, with a lower-case stem of
 * a-z 0-9 _ - (no dots, no spaces), at most 50 characters and free of any time period, because
 * the same names are published again every quarter.
 */
final class FileNameChecks {

    static final String DATA_SUFFIX = ".csv";
    static final String META_SUFFIX = ".meta.csv";
    static final int STEM_MAX = 50;

    private static final Pattern STEM = Pattern.compile("[a-z0-9_-]+");
    /** A run of digits that reads as a year, a pair of years (202324), a year-month or a date. */
    private static final Pattern YEAR_LIKE = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?:[0-9]{2}){0,2}(?![0-9])");
    /** Quarter or financial-year tokens: q1, fy, fy24, 2024q1 is caught by YEAR_LIKE. */
    private static final Pattern PERIOD_TOKEN = Pattern.compile("q[1-4]|fy[0-9]*|[0-9]{2,4}q[1-4]");
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private FileNameChecks() {
    }

    /** The data file's name and stem, and that the meta file is named after it. */
    static void checkPair(String dataName, String metaName, ProblemLog log) {
        if (!dataName.endsWith(DATA_SUFFIX) || dataName.endsWith(META_SUFFIX)) {
            log.report(FILE_STEM, dataName, null, null, "a data file name must end .csv (and not .meta.csv)");
            return;
        }
        String stem = dataName.substring(0, dataName.length() - DATA_SUFFIX.length());
        checkStem(dataName, stem, log);
        String expected = stem + META_SUFFIX;
        if (!metaName.equals(expected)) {
            log.report(FILE_NAME_MATCH, metaName, null, null,
                    "the meta file of " + dataName + " must be named " + expected);
        }
    }

    private static void checkStem(String file, String stem, ProblemLog log) {
        if (!STEM.matcher(stem).matches()) {
            log.report(FILE_STEM, file, null, null, "the file name stem " + EesStandard.quote(stem)
                    + " may hold only lower-case letters, digits, '_' and '-' (no capitals, spaces or dots)");
        }
        if (stem.length() > STEM_MAX) {
            log.report(FILE_STEM_LENGTH, file, null, null, "the file name stem has " + stem.length()
                    + " characters; the limit is " + STEM_MAX);
        }
        String period = timePeriodIn(stem.toLowerCase(Locale.ROOT));
        if (period != null) {
            log.report(FILE_STEM_TIME_PERIOD, file, null, null, "the file name contains the time period "
                    + EesStandard.quote(period) + "; names are reused every quarter, so the period belongs in the "
                    + "time_period column only");
        }
    }

    /** The first part of the stem that names a time period, or null. */
    static String timePeriodIn(String stem) {
        Matcher year = YEAR_LIKE.matcher(stem);
        if (year.find()) {
            return year.group();
        }
        for (String token : stem.split("[-_.\\s]+")) {
            if (PERIOD_TOKEN.matcher(token).matches() || MONTHS.contains(token)) {
                return token;
            }
        }
        return null;
    }
}
