package uk.datashares.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of the job in this process, summed over editions. The reader,
 * processor and writer of the ingest step add their own calls; the tasklet steps add their
 * duration. Costs two clock reads per call, so it is always on.
 */
public final class StageTimes {

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder rows = new LongAdder();

    public StageTimes() {
        for (Stage stage : Stage.values()) {
            nanos.put(stage, new LongAdder());
        }
    }

    public void add(Stage stage, long elapsedNanos) {
        nanos.get(stage).add(elapsedNanos);
    }

    /** Counts the share rows read, the unit of every stage's throughput. */
    public void countRow() {
        rows.increment();
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    public long rows() {
        return rows.sum();
    }
}
