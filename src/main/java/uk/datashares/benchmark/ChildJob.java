package uk.datashares.benchmark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.datashares.DatasharesApplication;

/**
 * Runs the real quarterly job ({@code datashares run}) in a child JVM, on its own input,
 * output and fresh database (embedded, or one on a server), so each run's memory is its own and
 * starts cold as an operator's would. The child's output goes to a log file beside its folders.
 */
final class ChildJob {

    private final Optional<String> heap;

    ChildJob(Optional<String> heap) {
        this.heap = heap;
    }

    record Outcome(int exitCode, double wallSeconds, Path log) {
    }

    /** Runs the job on a fresh embedded database in {@code folder}, or on the database at {@code databaseUrl}. */
    Outcome run(Path input, Path folder, Path metrics, Optional<String> databaseUrl) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of("run", "--input", input.toString(), "--output", folder.resolve("output").toString(),
                "--metrics-file", metrics.toString()));
        if (databaseUrl.isPresent()) {
            command.addAll(List.of("--db-url", databaseUrl.get()));
        } else {
            command.addAll(List.of("--data-dir", folder.resolve("db").toString()));
        }
        Path log = folder.resolve("run.log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        return new Outcome(exit, (System.nanoTime() - started) / 1e9, log);
    }

    /** The java command and class path of this process, with the heap limit asked for. */
    private List<String> launcher() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        heap.ifPresent(limit -> command.add("-Xmx" + limit));
        command.addAll(classArchiveOptions()); // so a child starts as `./datashares run` does
        String classPath = System.getProperty("java.class.path");
        if (launchedFromExecutableJar()) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, DatasharesApplication.class.getName()));
        }
        return command;
    }

    /** The launcher's class archive (AppCDS) options this JVM was started with, if any. */
    private static List<String> classArchiveOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:SharedArchiveFile=") || argument.startsWith("-Xlog:cds"))
                .toList();
    }

    /** Whether the children start with the launcher's class archive. */
    static boolean withClassArchive() {
        return classArchiveOptions().stream().anyMatch(argument -> argument.startsWith("-XX:SharedArchiveFile="));
    }

    /** True when this JVM runs the packaged application (java -jar datashares.jar), whose classes only its launcher can load. */
    private static boolean launchedFromExecutableJar() {
        String classPath = System.getProperty("java.class.path");
        return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                && ClassLoader.getSystemResource("org/springframework/boot/loader/launch/JarLauncher.class") != null;
    }

    static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
