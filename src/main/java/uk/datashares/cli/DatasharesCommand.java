package uk.datashares.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** The top-level command: lists the subcommands. */
@Command(name = "datashares",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns DfE's quarterly external data shares registers into official transparency statistics.",
        subcommands = {RunCommand.class, RerunCommand.class, StatusCommand.class, ScheduleCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success (including nothing to do), 1 a failed job or rejected input, 2 a usage error."})
public final class DatasharesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return DatasharesCli.USAGE;
    }
}
