package uk.datashares.metrics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * A run's measurements as a small JSON file, for the benchmark that runs the job in a child
 * process: rows, seconds per stage, the job's own time and the process's, peak memory.
 */
public final class MetricsFile {

    private MetricsFile() {
    }

    public static void write(Path file, StageTimes times, long jobNanos) throws IOException {
        long processMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"rows\": ").append(times.rows()).append(",\n");
        for (Stage stage : Stage.values()) {
            json.append("  \"").append(key(stage)).append("_seconds\": ").append(seconds(times.nanos(stage))).append(",\n");
        }
        json.append("  \"job_seconds\": ").append(seconds(jobNanos)).append(",\n");
        json.append("  \"process_seconds\": ").append(String.format(Locale.ROOT, "%.3f", processMillis / 1000.0)).append(",\n");
        json.append("  \"peak_heap_bytes\": ").append(MemoryPeaks.heapBytes()).append(",\n");
        json.append("  \"max_heap_bytes\": ").append(MemoryPeaks.maxHeapBytes()).append(",\n");
        json.append("  \"peak_rss_bytes\": ").append(MemoryPeaks.residentBytes().orElse(-1)).append("\n}\n");
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".metrics", ".tmp");
        Files.writeString(temporary, json, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static String key(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
