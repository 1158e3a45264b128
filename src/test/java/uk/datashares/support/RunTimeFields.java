package uk.datashares.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.datashares.publish.ReleaseDates;

/**
 * The run time as the files that give it write it: a revision's manifest, and the index of
 * editions (its release dates, outside every release), so two runs can be compared on
 * everything else.
 */
public final class RunTimeFields {

    private static final String MARKER = "<run time>";

    private RunTimeFields() {
    }

    /** The run time a revision's manifest records. */
    public static OffsetDateTime runTime(Path revision) throws IOException {
        Matcher m = Pattern.compile("\"run_time\": \"([^\"]+)\"").matcher(Files.readString(revision.resolve("manifest.json")));
        if (!m.find()) {
            throw new AssertionError("no run_time in " + revision.resolve("manifest.json"));
        }
        return OffsetDateTime.parse(m.group(1));
    }

    /** The text with every rendering of the run time replaced by a marker. */
    public static String mask(String text, OffsetDateTime runTime) {
        return text.replace(DateTimeFormatter.ISO_INSTANT.format(runTime.toInstant()), MARKER)
                .replace(ReleaseDates.releaseDate(runTime), MARKER);
    }
}
