package uk.datashares.benchmark;

import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.datashares.metrics.Stage;

/** The benchmark's results as Markdown: the machine, one table row per run, the targets. */
final class BenchmarkReport {

    private static final double MEGABYTE = 1024.0 * 1024.0;

    private BenchmarkReport() {
    }

    static String render(List<Measurement> runs, Optional<SampleRun> samples, String database, ZonedDateTime when) {
        StringBuilder out = new StringBuilder();
        out.append("# datashares benchmark\n\n");
        out.append("- When: ").append(when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        out.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(gigabytes(physicalMemory())).append(" GiB memory, ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.arch")).append('\n');
        out.append("- Java: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(ChildJob.withClassArchive() ? ", with the launcher's class archive (AppCDS)" : ", without a class archive")
                .append("; database: ").append(database).append('\n');
        out.append("- Input: a synthetic era-B edition (June 2022) of N DSAP-approved shares drawn from the published register's rows\n\n");
        out.append("Seconds and rows per second for each stage of the job (rows are share rows). The floor streams the same"
                + " files' cells with nothing else done (.xlsx: fastexcel-reader; .ods: a raw StAX pass over content.xml;"
                + " .csv: a plain line read), best of 3 after a warm-up. Job: the quarterly job from the first step to the"
                + " published release. Reading, classifying and encoding rows run on a read-ahead thread while the chunk before"
                + " is copied into the database, so the stages overlap and their seconds add up to more than the job's."
                + " Process: the child JVM from start to exit, including JVM and database start."
                + " Peak heap is the sum of the heap pools' peaks (an upper bound); RSS is the JVM's peak resident set"
                + " (PostgreSQL runs in its own processes).\n\n");
        out.append("| format | rows | file MB | floor s | read s | classify s | store s | publish s | job s | job rows/s | process s |"
                + " job / floor | target | -Xmx | peak heap MB | peak RSS MB |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|\n");
        for (Measurement run : runs) {
            JobMetrics job = run.job();
            out.append("| ").append(run.format().extension())
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", run.shares()))
                    .append(" | ").append(decimal(run.fileBytes() / MEGABYTE, 1))
                    .append(" | ").append(decimal(run.floorSeconds(), 2));
            for (Stage stage : Stage.values()) {
                out.append(" | ").append(decimal(job.seconds(stage), 2));
            }
            out.append(" | ").append(decimal(job.jobSeconds(), 2))
                    .append(" | ").append(String.format(Locale.ROOT, "%,d", Math.round(run.shares() / job.jobSeconds())))
                    .append(" | ").append(decimal(run.wallSeconds(), 1))
                    .append(" | ").append(decimal(run.ratioToFloor(), 3))
                    .append(" | ").append(run.meetsTarget() ? "≥ " : "**≥ ").append(decimal(run.format().target(), 2))
                    .append(run.meetsTarget() ? ": met" : ": not met**")
                    .append(" | ").append(run.heap())
                    .append(" | ").append(Math.round(job.peakHeapBytes() / MEGABYTE))
                    .append(" | ").append(job.peakResidentBytes() < 0 ? "n/a" : Math.round(job.peakResidentBytes() / MEGABYTE))
                    .append(" |\n");
        }
        out.append("\nRows per second by stage (rows / the stage's seconds):\n\n");
        out.append("| format | rows | read | normalise and classify | store | aggregate and publish |\n|---|---:|---:|---:|---:|---:|\n");
        for (Measurement run : runs) {
            out.append("| ").append(run.format().extension()).append(" | ").append(String.format(Locale.ROOT, "%,d", run.shares()));
            for (Stage stage : Stage.values()) {
                double seconds = run.job().seconds(stage);
                out.append(" | ").append(seconds <= 0 ? "n/a" : String.format(Locale.ROOT, "%,d", Math.round(run.shares() / seconds)));
            }
            out.append(" |\n");
        }
        fallbacks(runs, out);
        scaling(runs, out);
        samples.ifPresent(sample -> out.append("\nThe committed sample editions (`input/`, ").append(sample.editions())
                .append(" editions): `run` took ").append(decimal(sample.wallSeconds(), 1))
                .append(" s wall time including JVM and database start (target: under 20 s; ")
                .append(sample.wallSeconds() < 20 ? "met" : "**not met**").append(").\n"));
        return out.toString();
    }

    private static void fallbacks(List<Measurement> runs, StringBuilder out) {
        List<FallbackReader> readers = runs.stream().flatMap(run -> run.fallbacks().stream()).map(FallbackReader.Timing::reader)
                .distinct().sorted().toList();
        if (readers.isEmpty()) {
            return;
        }
        out.append("\nThe same files read by the tools an analyst might fall back to. pandas: reading alone (`read_csv`, or"
                + " `read_excel` of every sheet with openpyxl or odfpy), imports excluded. LibreOffice: `soffice --convert-to csv`"
                + " of every sheet, from start to exit. Beside them, the job's read stage and the whole job (read, classified,"
                + " stored and published); in brackets, each tool's time as a multiple of the job's:\n\n");
        out.append("| format | rows | job read s | job s |");
        readers.forEach(reader -> out.append(' ').append(reader.label()).append(" s |"));
        out.append("\n|---|---:|---:|---:|");
        readers.forEach(reader -> out.append("---:|"));
        out.append('\n');
        for (Measurement run : runs) {
            if (run.fallbacks().isEmpty()) {
                continue;
            }
            out.append("| ").append(run.format().extension()).append(" | ").append(String.format(Locale.ROOT, "%,d", run.shares()))
                    .append(" | ").append(decimal(run.job().seconds(Stage.READ), 2))
                    .append(" | ").append(decimal(run.job().jobSeconds(), 2)).append(" |");
            for (FallbackReader reader : readers) {
                out.append(' ').append(run.fallbacks().stream().filter(timing -> timing.reader() == reader).findFirst()
                        .map(timing -> timing.seconds().isPresent()
                                ? decimal(timing.seconds().getAsDouble(), 2) + " (" + decimal(timing.seconds().getAsDouble()
                                        / run.job().jobSeconds(), 2) + "×)"
                                : "n/a: " + timing.note())
                        .orElse("not run")).append(" |");
            }
            out.append('\n');
        }
    }

    private static void scaling(List<Measurement> runs, StringBuilder out) {
        StringBuilder lines = new StringBuilder();
        for (Measurement small : runs) {
            for (Measurement large : runs) {
                if (small.format() == large.format() && small.heap().equals(large.heap()) && large.shares() > small.shares()) {
                    double rows = (double) large.shares() / small.shares();
                    double time = large.job().jobSeconds() / small.job().jobSeconds();
                    boolean met = time <= rows * 1.2;
                    lines.append("| ").append(large.format().extension()).append(" | ")
                            .append(String.format(Locale.ROOT, "%,d → %,d", small.shares(), large.shares()))
                            .append(" | ").append(decimal(rows, 1)).append("× | ").append(decimal(time, 2)).append("× | ")
                            .append(met ? "met" : "**not met**").append(" |\n");
                }
            }
        }
        if (!lines.isEmpty()) {
            out.append("\nScaling of the job's time (target: at most 1.2 times the growth in rows, e.g. 12× for 10× the rows):\n\n")
                    .append("| format | rows | rows grew | job time grew | target |\n|---|---|---:|---:|---|\n").append(lines);
        }
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    private static String gigabytes(long bytes) {
        return bytes <= 0 ? "?" : decimal(bytes / (1024.0 * MEGABYTE), 0);
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    /** The run over the committed sample editions. */
    record SampleRun(int editions, double wallSeconds) {
    }
}
