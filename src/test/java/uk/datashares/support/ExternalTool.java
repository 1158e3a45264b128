package uk.datashares.support;

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

/** A program the tests run when it is installed (LibreOffice, Chromium): found on PATH or in known places. */
public final class ExternalTool {

    /** What a finished run printed. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Set by .ci/run once it has installed the tools: a missing tool then fails the test instead of skipping it. */
    static final String REQUIRED = "DATASHARES_REQUIRE_READERS";

    private ExternalTool() {
    }

    /**
     * Skips the test when the tool is not installed, or fails it when the environment says the
     * tools must be there (CI), so a broken installation cannot pass unnoticed.
     */
    public static void assumeInstalled(Optional<Path> tool, String what) {
        if (tool.isPresent()) {
            return;
        }
        if ("1".equals(System.getenv(REQUIRED))) {
            throw new AssertionError(what + " is not installed, and " + REQUIRED + "=1 says it must be");
        }
        org.junit.jupiter.api.Assumptions.abort(what + " is not installed");
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

    /** Runs a command to the end (killing it after the timeout), in {@code workDir}, with extra environment. */
    public static Result run(List<String> command, Path workDir, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError(command.get(0) + " did not finish within " + timeout + "; stderr: "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
