package uk.datashares.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A program installed on the machine (Python, LibreOffice, Chromium): found on PATH or in known places, and run to its end. */
public final class ExternalProgram {

    /** What a finished run printed, and how long it took from start to exit. */
    public record Result(int exitCode, String stdout, String stderr, double wallSeconds) {
    }

    private ExternalProgram() {
    }

    /** The first of the names found on PATH, else the first of the known paths that exists. */
    public static Optional<Path> find(List<String> names, List<String> knownPaths) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return knownPaths.stream().map(Path::of).filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    /**
     * Runs a command to the end in {@code workDir}, with extra environment and no input; a run
     * that outlasts the timeout is killed with its children and reported as an IOException.
     */
    public static Result run(List<String> command, Path workDir, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor();
                throw new IOException(command.get(0) + " did not finish within " + timeout + "; it printed: "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), seconds);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
