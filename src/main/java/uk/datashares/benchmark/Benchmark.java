package uk.datashares.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import uk.datashares.publish.ReleaseFolders;

/**
 * The benchmark: for each size and format, generates a synthetic edition, measures its floor,
 * runs the real job on it in a child JVM with a fresh database (embedded, or created on a
 * PostgreSQL server), and reports each stage's time and rows per second, the ratio to the floor
 * and peak memory. Optionally times a plain {@code run} over the committed sample editions too.
 */
public final class Benchmark {

    private static final int FLOOR_PASSES = 3;

    /**
     * What to measure.
     *
     * @param sizes the numbers of shares, each run in every format
     * @param formats the formats
     * @param heap the child JVMs' {@code -Xmx}, or the JVM's default
     * @param work the folder generated editions and runs go in (emptied per run)
     * @param report the Markdown file the results are written to
     * @param samples the folder of sample editions to time a plain run over, if any
     * @param keep keep each run's input, output and database rather than deleting them
     * @param compare the tools to time reading the same files with, for comparison
     * @param server the JDBC URL of a PostgreSQL server to run the synthetic editions' jobs on, each
     *               in a database of its own, instead of the embedded database (the samples always
     *               run on the embedded database, whose start their target includes)
     */
    public record Options(List<Long> sizes, List<BenchmarkFormat> formats, Optional<String> heap, Path work, Path report,
                          Optional<Path> samples, boolean keep, List<FallbackReader> compare, Optional<String> server) {
    }

    private final Options options;
    private final PrintStream out;

    public Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs every measurement and writes the report; false when a run failed. */
    public boolean run() throws IOException, InterruptedException, SQLException {
        Files.createDirectories(options.work());
        ChildJob child = new ChildJob(options.heap());
        Optional<ServerDatabase> server = options.server().isPresent() ? Optional.of(ServerDatabase.at(options.server().get()))
                : Optional.empty();
        List<Measurement> measurements = new ArrayList<>();
        for (long shares : options.sizes().stream().sorted().toList()) {
            SyntheticEdition edition = new SyntheticEdition(shares, 20220630L);
            for (BenchmarkFormat format : options.formats()) {
                Optional<Measurement> measured = measure(edition, format, child, server);
                if (measured.isEmpty()) {
                    return false;
                }
                measurements.add(measured.get());
            }
        }
        Optional<BenchmarkReport.SampleRun> samples = Optional.empty();
        if (options.samples().isPresent()) {
            samples = timeSamples(options.samples().get(), child);
            if (samples.isEmpty()) {
                return false;
            }
        }
        String database = server.map(ServerDatabase::describe).orElse("embedded PostgreSQL 15, fresh for each run");
        String report = BenchmarkReport.render(measurements, samples, database, ZonedDateTime.now());
        Path parent = options.report().toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(options.report(), report, StandardCharsets.UTF_8);
        out.println();
        out.print(report);
        out.println();
        out.println("Report written to " + options.report());
        return true;
    }

    private Optional<Measurement> measure(SyntheticEdition edition, BenchmarkFormat format, ChildJob child,
                                          Optional<ServerDatabase> server) throws IOException, InterruptedException, SQLException {
        String name = format.extension() + "-" + edition.shares();
        Path folder = options.work().resolve(name);
        ReleaseFolders.deleteTree(folder);
        Path input = folder.resolve("input").resolve(SyntheticEdition.EDITION);
        Files.createDirectories(input);
        out.printf(Locale.ROOT, "%s: writing %,d shares as .%s ...%n", name, edition.shares(), format.extension());
        List<Path> files = format.write(edition, input);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        out.printf(Locale.ROOT, "%s: measuring the floor (best of %d) ...%n", name, FLOOR_PASSES);
        double floor = format.floor().bestNanos(files, FLOOR_PASSES) / 1e9;
        out.printf(Locale.ROOT, "%s: running the job (%s heap) ...%n", name, options.heap().map(h -> "-Xmx" + h).orElse("default"));
        Path metrics = folder.resolve("metrics.json");
        String database = "datashares_benchmark_" + format.extension() + "_" + edition.shares();
        Optional<String> databaseUrl = server.isPresent() ? Optional.of(server.get().create(database)) : Optional.empty();
        ChildJob.Outcome outcome;
        try {
            outcome = child.run(folder.resolve("input"), folder, metrics, databaseUrl);
        } finally {
            if (server.isPresent() && !options.keep()) {
                server.get().drop(database);
            }
        }
        if (outcome.exitCode() != 0 || !Files.isRegularFile(metrics)) {
            out.printf("%s: the job failed (exit %d); the end of its log, %s:%n%s%n", name, outcome.exitCode(), outcome.log(),
                    ChildJob.tail(outcome.log(), 30));
            return Optional.empty();
        }
        JobMetrics job = JobMetrics.read(metrics);
        if (job.rows() != edition.shares()) {
            out.printf(Locale.ROOT, "%s: the job read %,d share rows, not the %,d written; see %s%n", name, job.rows(),
                    edition.shares(), outcome.log());
            return Optional.empty();
        }
        out.printf(Locale.ROOT, "%s: floor %.2f s, job %.2f s (%,d rows/s), %.3f of the floor's throughput, peak heap %d MB%n",
                name, floor, job.jobSeconds(), Math.round(edition.shares() / job.jobSeconds()), floor / job.jobSeconds(),
                job.peakHeapBytes() >> 20);
        List<FallbackReader.Timing> fallbacks = new ArrayList<>();
        for (FallbackReader reader : options.compare()) {
            out.printf("%s: reading the same files with %s ...%n", name, reader.label());
            FallbackReader.Timing timing = reader.time(format, files, folder.resolve(reader.name().toLowerCase(Locale.ROOT)));
            out.printf(Locale.ROOT, "%s: %s %s%n", name, reader.label(),
                    timing.seconds().isPresent() ? String.format(Locale.ROOT, "%.2f s", timing.seconds().getAsDouble()) : timing.note());
            fallbacks.add(timing);
        }
        Measurement measurement = new Measurement(format, edition.shares(), bytes, floor, job, outcome.wallSeconds(),
                options.heap().orElse("default"), List.copyOf(fallbacks));
        if (!options.keep()) {
            ReleaseFolders.deleteTree(folder);
        }
        return Optional.of(measurement);
    }

    private Optional<BenchmarkReport.SampleRun> timeSamples(Path samples, ChildJob child) throws IOException, InterruptedException {
        int editions;
        try (Stream<Path> entries = Files.list(samples)) {
            editions = (int) entries.filter(Files::isDirectory).count();
        }
        Path folder = options.work().resolve("samples");
        ReleaseFolders.deleteTree(folder);
        Files.createDirectories(folder);
        out.printf("samples: running the job over %s (%d editions) ...%n", samples, editions);
        ChildJob.Outcome outcome = child.run(samples, folder, folder.resolve("metrics.json"), Optional.empty());
        if (outcome.exitCode() != 0) {
            out.printf("samples: the job failed (exit %d); the end of its log, %s:%n%s%n", outcome.exitCode(), outcome.log(),
                    ChildJob.tail(outcome.log(), 30));
            return Optional.empty();
        }
        out.printf(Locale.ROOT, "samples: %.1f s wall time%n", outcome.wallSeconds());
        if (!options.keep()) {
            ReleaseFolders.deleteTree(folder);
        }
        return Optional.of(new BenchmarkReport.SampleRun(editions, outcome.wallSeconds()));
    }
}
