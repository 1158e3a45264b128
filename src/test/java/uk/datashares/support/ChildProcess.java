package uk.datashares.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import uk.datashares.DatasharesApplication;

/**
 * The application run as a real separate process, as an operator runs it: so that tests can
 * kill it with -9, run two at once, or take its database away.
 */
public final class ChildProcess {

    public static final Path REFERENCE = Paths.get("jobs/reference").toAbsolutePath();

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildProcess(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code datashares args...} in {@code workingDir}, with extra environment variables. */
    public static ChildProcess start(Path workingDir, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-cp");
        command.add(classPath());
        command.add(DatasharesApplication.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(workingDir);
        Path logs = Files.createTempDirectory(workingDir, "logs");
        Path out = logs.resolve("stdout.txt");
        Path err = logs.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.remove("DATASHARES_DB_URL");
        env.remove("DATASHARES_FAULT");
        env.putAll(environment);
        return new ChildProcess(builder.start(), out, err);
    }

    public static ChildProcess start(Path workingDir, String... args) throws IOException {
        return start(workingDir, new HashMap<>(), args);
    }

    /** Waits for the process to end; returns its exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the process did not finish within " + timeout + "; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    /** Waits until the condition holds (polling), or fails after the timeout. */
    public void awaitCondition(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("the process ended (exit " + process.exitValue() + ") before " + what + "; stderr:\n" + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; stderr:\n" + stderr());
            }
            Thread.sleep(50);
        }
    }

    /** Kills the process as kill -9 does (SIGKILL), and waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the process as Ctrl-C or kill do (SIGTERM: its shutdown hooks run), and waits for it to be gone. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    public String output() {
        return stdout() + stderr();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String classPath() {
        String classPath = System.getProperty("java.class.path");
        List<String> entries = new ArrayList<>(List.of(classPath.split(File.pathSeparator)));
        Path testClasses = Paths.get("target/test-classes").toAbsolutePath();
        Path classes = Paths.get("target/classes").toAbsolutePath();
        if (entries.stream().noneMatch(e -> Paths.get(e).toAbsolutePath().equals(classes))) {
            entries.add(0, classes.toString());
        }
        entries.removeIf(e -> Paths.get(e).toAbsolutePath().equals(testClasses));
        return String.join(File.pathSeparator, entries);
    }
}
