package uk.datashares.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import uk.datashares.config.DatabaseBusyException;
import uk.datashares.config.DatabaseUnreachableException;
import uk.datashares.config.JdbcUrls;
import uk.datashares.reference.ReferenceTableException;
import uk.datashares.run.QuarterlyRun;

/**
 * Entry point of the command line. Exit codes: 0 success (including nothing to do), 1 a
 * failed job or rejected input, 2 a usage error.
 */
public final class DatasharesCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** The job's settings an operator edits: defaults for the command line and the application. */
    public static final Path JOB_SETTINGS = Path.of("jobs", "quarterly-release.properties");

    /**
     * Set when the JVM begins to shut down (Ctrl-C, or a kill): the application's database is
     * then closed under the running job, whose failure would say so in words that are not the reason.
     */
    private static volatile boolean stopping;

    static final String STOPPED = "datashares: stopped before it finished (interrupted). Nothing half-written was published;"
            + " ./datashares run resumes the interrupted work from its last commit.";

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping = true;
            if (QuarterlyRun.underWay()) {
                System.err.println(STOPPED);
            }
        }, "datashares-stopping"));
    }

    private DatasharesCli() {
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new DatasharesCommand());
        if (Files.isRegularFile(JOB_SETTINGS)) {
            cli.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(JOB_SETTINGS.toFile()));
        }
        cli.setExecutionExceptionHandler(DatasharesCli::failure);
        cli.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("datashares: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        return cli.execute(args);
    }

    private static int failure(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        if (stopping) {
            return FAILED; // being stopped is the reason, said once by the shutdown hook
        }
        PrintWriter err = cli.getErr();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof DatabaseBusyException || e instanceof ReferenceTableException) {
            err.println("datashares: " + message);
        } else if (e instanceof DatabaseUnreachableException) {
            err.println("datashares: " + JdbcUrls.scrub(message, System.getenv("DATASHARES_DB_PASSWORD")));
        } else {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String detail = root == e ? message : message + " (" + root.getMessage() + ")";
            err.println("datashares: " + JdbcUrls.scrub(detail, System.getenv("DATASHARES_DB_PASSWORD")));
        }
        return FAILED;
    }
}
