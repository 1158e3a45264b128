package uk.datashares.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import uk.datashares.publish.ReleaseDates;

/**
 * The files of a release that carry its run time (the spreadsheets: release date on the cover
 * and document properties; the release page: its release date), read with every rendering of
 * the run time replaced by a marker, so two runs can be compared on everything else. A zip is
 * read entry by entry: name, time, method and content, so entry order and times count too.
 */
public final class RunTimeFields {

    private static final String MARKER = "<run time>";

    private RunTimeFields() {
    }

    /** Whether a release file (path relative to the revision) may hold the run time. */
    public static boolean holdsRunTime(String file) {
        return file.endsWith(".ods") || file.endsWith(".xlsx") || file.equals("index.html");
    }

    /** The run time a revision's manifest records. */
    public static OffsetDateTime runTime(Path revision) throws IOException {
        Matcher m = Pattern.compile("\"run_time\": \"([^\"]+)\"").matcher(Files.readString(revision.resolve("manifest.json")));
        if (!m.find()) {
            throw new AssertionError("no run_time in " + revision.resolve("manifest.json"));
        }
        return OffsetDateTime.parse(m.group(1));
    }

    /** The file's content with the run time masked. */
    public static List<String> masked(Path file, OffsetDateTime runTime) throws IOException {
        List<String> parts = new ArrayList<>();
        String name = file.getFileName().toString();
        if (name.endsWith(".ods") || name.endsWith(".xlsx")) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    byte[] content = zip.getInputStream(entry).readAllBytes();
                    parts.add(entry.getName() + " " + entry.getTimeLocal() + " " + entry.getMethod());
                    parts.add(mask(new String(content, StandardCharsets.UTF_8), runTime));
                }
            }
        } else {
            parts.add(mask(Files.readString(file, StandardCharsets.UTF_8), runTime));
        }
        return parts;
    }

    public static String mask(String text, OffsetDateTime runTime) {
        return text.replace(DateTimeFormatter.ISO_INSTANT.format(runTime.toInstant()), MARKER)
                .replace(ReleaseDates.releaseDate(runTime), MARKER)
                .replace(ReleaseDates.isoDate(runTime), MARKER);
    }
}
