package uk.datashares.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import uk.datashares.publish.Checksums;

/**
 * The files a consumer reads, for comparing two runs: every file of every revision and the
 * index of editions, and where each {@code current} link points. What legitimately differs
 * between runs is masked: the run time and job execution id in manifest.json (and so the
 * manifest's line in SHA256SUMS), and the release dates on the index of editions (see
 * {@link RunTimeFields}). The time series is rebuilt from the revisions, so it is left out.
 */
public final class ReleaseFiles {

    private static final Pattern CHECKSUM_LINE = Pattern.compile("^[0-9a-f]{64}  (.+)$");

    private ReleaseFiles() {
    }

    public static Map<String, Object> of(Path output) throws IOException {
        Map<String, Object> files = new TreeMap<>();
        if (!Files.isDirectory(output)) {
            return files;
        }
        List<OffsetDateTime> runTimes = new ArrayList<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(output)) {
            paths = walk.sorted().toList();
        }
        for (Path path : paths) {
            if (path.getFileName().toString().equals("manifest.json") && !isHidden(output.relativize(path).toString())) {
                runTimes.add(RunTimeFields.runTime(path.getParent()));
            }
        }
        for (Path path : paths) {
            String relative = output.relativize(path).toString();
            if (relative.isEmpty() || isHidden(relative) || relative.startsWith("timeseries")) {
                continue;
            }
            String name = path.getFileName().toString();
            if (Files.isSymbolicLink(path)) {
                files.put(relative, "-> " + Files.readSymbolicLink(path));
            } else if (!Files.isRegularFile(path)) {
                continue;
            } else if (name.equals("manifest.json")) {
                files.put(relative, manifestWithoutRunFields(path));
            } else if (name.equals("SHA256SUMS")) {
                files.put(relative, Files.readAllLines(path).stream().filter(line -> {
                    Matcher m = CHECKSUM_LINE.matcher(line);
                    return !m.matches() || !m.group(1).equals("manifest.json");
                }).toList());
            } else if (relative.equals("index.html")) {
                String masked = Files.readString(path);
                for (OffsetDateTime runTime : runTimes) {
                    masked = RunTimeFields.mask(masked, runTime);
                }
                files.put(relative, masked);
            } else {
                files.put(relative, Checksums.sha256(path));
            }
        }
        return files;
    }

    private static List<String> manifestWithoutRunFields(Path manifest) throws IOException {
        return Files.readAllLines(manifest).stream()
                .filter(line -> !line.contains("\"run_time\"") && !line.contains("\"job_execution_id\"")).toList();
    }

    private static boolean isHidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    /** Folders a consumer might list that are not hidden: revisions, current, timeseries. */
    public static List<String> visible(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
