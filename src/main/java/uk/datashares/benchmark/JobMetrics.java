package uk.datashares.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.datashares.metrics.MetricsFile;
import uk.datashares.metrics.Stage;

/** The measurements a child run wrote with {@code run --metrics-file}. */
record JobMetrics(Map<String, Double> values) {

    private static final Pattern ENTRY = Pattern.compile("\"(\\w+)\":\\s*(-?[0-9.]+)");

    static JobMetrics read(Path file) throws IOException {
        Map<String, Double> values = new HashMap<>();
        Matcher entry = ENTRY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (entry.find()) {
            values.put(entry.group(1), Double.parseDouble(entry.group(2)));
        }
        return new JobMetrics(Map.copyOf(values));
    }

    long rows() {
        return Math.round(value("rows"));
    }

    double seconds(Stage stage) {
        return value(MetricsFile.key(stage) + "_seconds");
    }

    double jobSeconds() {
        return value("job_seconds");
    }

    double processSeconds() {
        return value("process_seconds");
    }

    long peakHeapBytes() {
        return Math.round(value("peak_heap_bytes"));
    }

    long maxHeapBytes() {
        return Math.round(value("max_heap_bytes"));
    }

    long peakResidentBytes() {
        return Math.round(value("peak_rss_bytes"));
    }

    private double value(String key) {
        Double value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("The run's metrics file has no " + key);
        }
        return value;
    }
}
