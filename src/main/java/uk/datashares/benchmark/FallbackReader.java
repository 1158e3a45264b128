package uk.datashares.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import uk.datashares.publish.ReleaseFolders;

/**
 * The tools an analyst might fall back to for reading an edition instead of the pipeline, timed
 * on the same files as the job: a pandas script ({@code read_csv}, or {@code read_excel} with
 * openpyxl or odfpy) and LibreOffice's converter ({@code soffice --convert-to csv}, every sheet).
 * A tool that is not installed is reported as such, never guessed.
 */
public enum FallbackReader {
    PANDAS("pandas"),
    LIBREOFFICE("LibreOffice");

    private static final Duration TIMEOUT = Duration.ofHours(1);
    private static final String SCRIPT = "pandas_read.py";
    /** Comma-separated, double-quoted, UTF-8, every sheet to its own file (LibreOffice 7.2 and later). */
    private static final String CSV_EXPORT = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,1033,false,true,false,false,false,-1";

    private final String label;

    FallbackReader(String label) {
        this.label = label;
    }

    /** How long the tool took to read the files, or why it was not measured. */
    public record Timing(FallbackReader reader, OptionalDouble seconds, String note) {

        static Timing measured(FallbackReader reader, double seconds) {
            return new Timing(reader, OptionalDouble.of(seconds), "");
        }

        static Timing notMeasured(FallbackReader reader, String why) {
            return new Timing(reader, OptionalDouble.empty(), why);
        }
    }

    public String label() {
        return label;
    }

    /** The program that runs the tool, where it is installed. */
    public Optional<Path> program() {
        return switch (this) {
            case PANDAS -> ExternalProgram.find(List.of("python3", "python"), List.of("/usr/bin/python3"));
            case LIBREOFFICE -> ExternalProgram.find(List.of("soffice", "libreoffice"),
                    List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"));
        };
    }

    /** Reads the files with this tool in {@code scratch} (created, and emptied afterwards). */
    Timing time(BenchmarkFormat format, List<Path> files, Path scratch) throws IOException, InterruptedException {
        return time(program(), format, files, scratch);
    }

    Timing time(Optional<Path> program, BenchmarkFormat format, List<Path> files, Path folder) throws IOException, InterruptedException {
        // The tool runs in the scratch folder, so every path it is given must not depend on ours.
        Path scratch = folder.toAbsolutePath();
        if (program.isEmpty()) {
            return Timing.notMeasured(this, this == PANDAS ? "Python is not installed" : "not installed");
        }
        Files.createDirectories(scratch);
        try {
            return switch (this) {
                case PANDAS -> pandas(program.get(), format, files, scratch);
                case LIBREOFFICE -> libreOffice(program.get(), files, scratch);
            };
        } finally {
            ReleaseFolders.deleteTree(scratch);
        }
    }

    private Timing pandas(Path python, BenchmarkFormat format, List<Path> files, Path scratch) throws IOException, InterruptedException {
        Path script = scratch.resolve(SCRIPT);
        try (InputStream in = FallbackReader.class.getResourceAsStream("/benchmark/" + SCRIPT)) {
            if (in == null) {
                throw new IOException("the benchmark's " + SCRIPT + " is missing from the application");
            }
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(), format.extension()));
        files.forEach(file -> command.add(file.toAbsolutePath().toString()));
        ExternalProgram.Result result = ExternalProgram.run(command, scratch, Map.of("PYTHONWARNINGS", "ignore"), TIMEOUT);
        if (result.exitCode() == 3 && result.stderr().startsWith("missing module: ")) {
            String module = result.stderr().strip().substring("missing module: ".length());
            return Timing.notMeasured(this, ("odf".equals(module) ? "odfpy" : module) + " is not installed");
        }
        String[] printed = result.stdout().strip().split(" ");
        if (result.exitCode() != 0 || printed.length != 2) {
            return Timing.notMeasured(this, "failed (exit " + result.exitCode() + "): " + lastLine(result.stderr()));
        }
        return Timing.measured(this, Double.parseDouble(printed[0]));
    }

    private Timing libreOffice(Path soffice, List<Path> files, Path scratch) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(scratch.resolve("profile"));
        Path out = Files.createDirectories(scratch.resolve("csv"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", CSV_EXPORT, "--outdir", out.toString()));
        files.forEach(file -> command.add(file.toAbsolutePath().toString()));
        ExternalProgram.Result result = ExternalProgram.run(command, scratch,
                Map.of("HOME", scratch.toString(), "LC_ALL", "C.UTF-8", "LANG", "C.UTF-8"), TIMEOUT);
        long written;
        try (Stream<Path> csv = Files.list(out)) {
            written = csv.count();
        }
        if (result.exitCode() != 0 || written < files.size()) {
            return Timing.notMeasured(this, String.format(Locale.ROOT, "failed (exit %d, %d of %d files converted): %s",
                    result.exitCode(), written, files.size(), lastLine(result.stderr() + result.stdout())));
        }
        return Timing.measured(this, result.wallSeconds());
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }
}
