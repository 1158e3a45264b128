package uk.datashares.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import uk.datashares.publish.Checksums;

/**
 * The files a consumer reads, by checksum: every file of every revision, where
 * {@code current} points, and the time series; manifest.json and SHA256SUMS are compared
 * without the fields that legitimately differ between runs (run time and job execution id).
 */
public final class ReleaseFiles {

    private ReleaseFiles() {
    }

    public static Map<String, String> of(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(output)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path path : walk.sorted().toList()) {
                String relative = output.relativize(path).toString();
                if (relative.isEmpty() || relative.startsWith(".") || relative.contains("/.") || relative.startsWith("timeseries")) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    files.put(relative, "-> " + Files.readSymbolicLink(path));
                } else if (Files.isRegularFile(path)) {
                    String name = path.getFileName().toString();
                    if (name.equals("manifest.json")) {
                        files.put(relative, String.join("\n", Files.readAllLines(path).stream()
                                .filter(l -> !l.contains("\"run_time\"") && !l.contains("\"job_execution_id\"")).toList()));
                    } else if (name.equals("SHA256SUMS")) {
                        files.put(relative, String.join("\n", Files.readAllLines(path).stream().filter(l -> !l.endsWith("manifest.json")).toList()));
                    } else {
                        files.put(relative, Checksums.sha256(path));
                    }
                }
            }
        }
        return files;
    }

    /** Folders a consumer might list that are not hidden: revisions, current, timeseries. */
    public static java.util.List<String> visible(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
