package uk.datashares.publish;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a release date is written on the index of editions (releases themselves give their run
 * time in the manifest only): the run time's date in words, in UTC. Kept in one place so tests
 * can recognise it.
 */
public final class ReleaseDates {

    private static final DateTimeFormatter IN_WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ReleaseDates() {
    }

    /** "28 November 2026". */
    public static String releaseDate(OffsetDateTime runTime) {
        return IN_WORDS.format(runTime.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
