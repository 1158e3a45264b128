package uk.datashares.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import uk.datashares.edition.Edition;
import uk.datashares.metrics.MetricsFile;
import uk.datashares.metrics.StageTimes;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;

/** The quarterly job. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run the quarterly job: every edition in the input whose files or mapping tables changed since its"
                + " current release is ingested, classified and published as its next revision. Unchanged editions are"
                + " left alone and reported as nothing to do. A run that was interrupted is resumed from its last commit."})
public final class RunCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders = new FolderOptions();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--edition", paramLabel = "YYYY-MM", converter = EditionConverter.class,
            description = "Process only this edition (a quarter, named by its last month: 2023-09 is July to September 2023)."
                    + " It also settles which edition a file is when its title and name disagree.")
    Edition edition;

    @Option(names = "--strict", description = "Publish nothing for an edition with any data-quality finding (an unmapped value,"
            + " an unparsed date, a skipped row); the run fails and names the findings.")
    boolean strict;

    @Option(names = "--metrics-file", paramLabel = "FILE", hidden = true,
            description = "Write the run's measurements (rows, seconds per stage, peak memory) to this JSON file; used by"
                    + " the benchmark.")
    Path metricsFile;

    @Override
    public Integer call() throws Exception {
        folders.requireUsable();
        database.requireUsable();
        try (Application app = Application.start(database, folders)) {
            long started = System.nanoTime();
            RunReport report = app.bean(QuarterlyRun.class)
                    .run(new RunOptions(folders.input, folders.output, Optional.ofNullable(edition), strict));
            if (metricsFile != null) {
                MetricsFile.write(metricsFile, app.bean(StageTimes.class), System.nanoTime() - started);
            }
            ReportPrinter.print(report, System.out);
            return report.exitCode();
        }
    }
}
