package uk.datashares.support;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.benchmark.ExternalProgram;

/** A program the tests run when it is installed (LibreOffice, Chromium): found on PATH or in known places. */
public final class ExternalTool {

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
        return ExternalProgram.find(names, knownPaths);
    }

    /** Runs a command to the end (killing it after the timeout), in {@code workDir}, with extra environment. */
    public static ExternalProgram.Result run(List<String> command, Path workDir, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        return ExternalProgram.run(command, workDir, environment, timeout);
    }
}
