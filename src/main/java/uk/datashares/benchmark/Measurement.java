package uk.datashares.benchmark;

import java.util.List;

/**
 * One format at one size: the floor and the full job on the same files.
 *
 * @param format the file format
 * @param shares the synthetic edition's share rows
 * @param fileBytes the edition's size on disk
 * @param floorSeconds the best time to stream the files' cells with nothing else done
 * @param job what the child run measured
 * @param wallSeconds the child process from start to exit (JVM and database start included)
 * @param heap the child's {@code -Xmx}, or "default"
 * @param fallbacks the same files read by the tools an analyst might use instead, as asked for
 */
record Measurement(BenchmarkFormat format, long shares, long fileBytes, double floorSeconds, JobMetrics job,
                   double wallSeconds, String heap, List<FallbackReader.Timing> fallbacks) {

    /** The job's throughput as a fraction of the floor's. */
    double ratioToFloor() {
        return floorSeconds / job.jobSeconds();
    }

    boolean meetsTarget() {
        return ratioToFloor() >= format.target();
    }
}
