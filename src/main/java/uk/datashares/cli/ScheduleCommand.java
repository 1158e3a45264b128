package uk.datashares.cli;

import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;

import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.QuarterlySchedule;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;

/** Stays up and runs the quarterly job on a schedule. */
@Command(name = "schedule", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Stay up and run the quarterly job on a schedule (by default 09:00 on the 1st of January, April, July and"
                + " October, local time). Each run is the same as 'run': new or changed editions are published, unchanged ones"
                + " left alone. A failed run is logged and the next one happens at its time. The database is opened only for"
                + " each run, so 'run', 'rerun' and 'status' work between scheduled runs."})
public final class ScheduleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FolderOptions folders = new FolderOptions();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--cron", paramLabel = "EXPR", defaultValue = QuarterlySchedule.DEFAULT_CRON,
            description = "When to run: a cron expression with seconds (\"0 0 9 1 1,4,7,10 *\", the default) or the five fields of"
                    + " a crontab line (\"0 9 1 1,4,7,10 *\").")
    String cron;

    @Option(names = "--strict", description = "Publish nothing for an edition with any data-quality finding.")
    boolean strict;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "0",
            description = "Stop after N runs (default 0: run until stopped), with exit code 1 if any of them failed."
                    + " Useful to try a schedule out.")
    int maxRuns;

    @Override
    public Integer call() throws Exception {
        if (maxRuns < 0) {
            throw new ParameterException(spec.commandLine(), "--max-runs " + maxRuns + " is not a number of runs; give 0 (run until"
                    + " stopped) or more");
        }
        QuarterlySchedule schedule;
        try {
            CronExpression expression = QuarterlySchedule.parse(cron);
            if (expression.next(LocalDateTime.now()) == null) {
                throw new ParameterException(spec.commandLine(), "--cron '" + cron + "' never comes round (no date matches it)");
            }
            schedule = new QuarterlySchedule(expression, Clock.systemDefaultZone(), duration -> Thread.sleep(Math.max(0, duration.toMillis())));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--cron '" + cron + "' is not a cron expression: " + e.getMessage());
        }
        folders.requireUsable();
        database.requireUsable();
        int failures = schedule.run(this::runOnce, maxRuns);
        return failures == 0 ? DatasharesCli.OK : DatasharesCli.FAILED;
    }

    private RunReport runOnce() throws Exception {
        try (Application app = Application.start(database, folders)) {
            RunReport report = app.bean(QuarterlyRun.class)
                    .run(new RunOptions(folders.input, folders.output, Optional.empty(), strict));
            ReportPrinter.print(report, System.out);
            return report;
        }
    }
}
