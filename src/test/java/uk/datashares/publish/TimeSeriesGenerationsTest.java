package uk.datashares.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A consumer reading output/timeseries/ when a run swaps it keeps the generation it opened for a while. */
class TimeSeriesGenerationsTest {

    @TempDir
    Path output;

    @Test
    void theGenerationJustReplacedStaysForConsumersStillReadingItAndOlderOnesGo() throws IOException {
        generation(".timeseries-1000000");  // replaced when the next was built
        generation(".timeseries-2000000");  // replaced at 5000 s
        generation(".timeseries-5000000");  // current
        generation(".timeseries-replaced-4000000"); // a folder from before the link, replaced at 4000 s
        Instant now = Instant.ofEpochSecond(5000).plus(Duration.ofMinutes(30));

        TimeSeries.removeReplaced(output, ".timeseries-5000000", now);

        assertThat(names()).containsExactlyInAnyOrder(".timeseries-2000000", ".timeseries-5000000", ".timeseries-replaced-4000000");
        assertThat(output.resolve(".timeseries-2000000/shares_by_dataset.csv")).as("whole, as it was").hasContent("table");

        TimeSeries.removeReplaced(output, ".timeseries-5000000", now.plus(TimeSeries.REPLACED_KEPT));

        assertThat(names()).containsExactly(".timeseries-5000000");
    }

    @Test
    void aRunPublishingManyEditionsLeavesNoMoreThanAFewGenerationsBehind() throws IOException {
        for (int second = 1; second <= 10; second++) {
            generation(".timeseries-" + second * 1000);
        }

        TimeSeries.removeReplaced(output, ".timeseries-10000", Instant.ofEpochSecond(11));

        assertThat(names()).containsExactly(".timeseries-10000", ".timeseries-7000", ".timeseries-8000", ".timeseries-9000");
    }

    private void generation(String name) throws IOException {
        Files.writeString(Files.createDirectories(output.resolve(name)).resolve("shares_by_dataset.csv"), "table");
    }

    private java.util.List<String> names() throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }
}
