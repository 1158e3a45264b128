package uk.datashares.publish;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the release date, the one run-time field in the spreadsheets and release pages, is
 * written: a date in words for readers and an ISO date for machines, both of the run time in
 * UTC. Kept in one place so tests can recognise it.
 */
public final class ReleaseDates {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReleaseDates() {
    }

    /** "28 November 2026". */
    public static String releaseDate(OffsetDateTime runTime) {
        return IN_WORDS.format(runTime.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** "2026-11-28". */
    public static String isoDate(OffsetDateTime runTime) {
        return runTime.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().toString();
    }
}
