package uk.datashares.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import uk.datashares.benchmark.Benchmark;
import uk.datashares.benchmark.BenchmarkFormat;
import uk.datashares.benchmark.FallbackReader;

/** Measures the job on synthetic editions of any size against each format's floor. */
@Command(name = "benchmark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Generate a synthetic era-B edition of N shares as .xlsx, .ods and .csv, run the real job on each"
                + " (in a child JVM with a fresh database) and report, per stage, the time, rows per second and"
                + " peak memory, with the ratio of the job's throughput to its format's floor (streaming the same cells"
                + " with nothing else done). Results go to the terminal and to the report file."})
public final class BenchmarkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", split = ",", paramLabel = "N", defaultValue = "100000",
            description = "Shares per synthetic edition; several sizes, comma-separated, measure scaling (default: ${DEFAULT-VALUE}).")
    List<Long> rows;

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", defaultValue = "xlsx,ods,csv",
            description = "Formats to measure: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).", converter = FormatConverter.class)
    List<BenchmarkFormat> formats;

    @Option(names = "--heap", paramLabel = "SIZE", description = "Maximum heap of the job's JVM, e.g. 256m (default: the JVM's own).")
    String heap;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/benchmark",
            description = "Folder for the generated editions and runs (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "target/benchmark/report.md",
            description = "Markdown file the results are written to (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "input",
            description = "Also time a plain run over these sample editions, JVM and database start included (default:"
                    + " ${DEFAULT-VALUE}; 'none' to skip).")
    String samples;

    @Option(names = "--compare", split = ",", paramLabel = "TOOL", defaultValue = "pandas,libreoffice",
            description = "Also time reading the same files with these tools, where installed: pandas (python3 with pandas,"
                    + " and openpyxl or odfpy), libreoffice (soffice --convert-to csv); 'none' for neither (default: ${DEFAULT-VALUE}).")
    List<String> compare;

    @Option(names = "--keep", description = "Keep each run's generated input, output and database under --work"
            + " (with --db-url, its database on the server).")
    boolean keep;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "Run each synthetic edition's job on this PostgreSQL server instead of the embedded database: a JDBC URL"
                    + " of any database there, as a user who may create databases, e.g."
                    + " jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres. Each run gets a database of its own, created"
                    + " before it and dropped after it. The sample editions still run on the embedded database.")
    String dbUrl;

    @Override
    public Integer call() throws Exception {
        if (rows.stream().anyMatch(n -> n < 1)) {
            throw new ParameterException(spec.commandLine(), "--rows must be positive");
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql://")) {
            throw new ParameterException(spec.commandLine(), "--db-url takes a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database");
        }
        if (heap != null && !heap.matches("\\d+[kKmMgG]?")) {
            throw new ParameterException(spec.commandLine(), "--heap " + heap + " is not a heap size; give one as -Xmx takes it, e.g. 256m or 2g");
        }
        if (!"none".equals(samples) && !Files.isDirectory(Path.of(samples))) {
            throw new ParameterException(spec.commandLine(), "--samples " + samples + " is not a folder of editions; give one, or none");
        }
        if (Files.isDirectory(report)) {
            throw new ParameterException(spec.commandLine(), "--report " + report + " is a folder; give the report's file, e.g. "
                    + report.resolve("report.md"));
        }
        Path reportFolder = report.toAbsolutePath().getParent();
        for (Path folder = reportFolder; folder != null; folder = folder.getParent()) {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new ParameterException(spec.commandLine(), "--report " + report + " cannot be written: " + folder + " is a file");
            }
        }
        List<FallbackReader> fallbacks = fallbacks();
        Optional<Path> sampleFolder = "none".equals(samples) ? Optional.empty() : Optional.of(Path.of(samples));
        Benchmark benchmark = new Benchmark(new Benchmark.Options(rows, formats, Optional.ofNullable(heap), work, report,
                sampleFolder, keep, fallbacks, Optional.ofNullable(dbUrl)), System.out);
        return benchmark.run() ? DatasharesCli.OK : DatasharesCli.FAILED;
    }

    private List<FallbackReader> fallbacks() {
        if (compare.size() == 1 && "none".equalsIgnoreCase(compare.get(0).trim())) {
            return List.of();
        }
        if (compare.stream().anyMatch(name -> "none".equalsIgnoreCase(name.trim()))) {
            throw new ParameterException(spec.commandLine(), "--compare none stands alone: give none, or pandas and/or libreoffice");
        }
        List<FallbackReader> readers = new ArrayList<>();
        for (String name : compare) {
            try {
                readers.add(FallbackReader.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--compare takes pandas, libreoffice or none, not '" + name + "'");
            }
        }
        return readers;
    }

    /** Reads a format name in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<BenchmarkFormat> {
        @Override
        public BenchmarkFormat convert(String value) {
            return BenchmarkFormat.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }
}
