package uk.datashares.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Stays up and runs the quarterly job on a schedule. */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Stay up and run the quarterly job on a schedule.")
public final class ScheduleCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("datashares: schedule is not available yet; run 'datashares run' from cron instead");
        return DatasharesCli.FAILED;
    }
}
