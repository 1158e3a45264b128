package uk.datashares.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

import uk.datashares.edition.Edition;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunOptions;
import uk.datashares.run.RunReport;

/** A correction: the next revision of one edition, always. */
@Command(name = "rerun", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Publish the next revision of one edition, whatever changed, with revision notes that give the reason"
                + " and what changed against the current revision (possibly nothing). Earlier revisions stay untouched."})
public final class RerunCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders = new FolderOptions();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--edition", required = true, paramLabel = "YYYY-MM", converter = EditionConverter.class,
            description = "The edition to publish again, e.g. 2023-09.")
    Edition edition;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Why the edition is published again; it goes into the revision notes and the manifest.")
    String reason;

    @Option(names = "--strict", description = "Publish nothing if the edition has any data-quality finding.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        if (reason.isBlank()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--reason must say why the edition is published again");
        }
        folders.requireUsable();
        database.requireUsable();
        try (Application app = Application.start(database, folders)) {
            RunReport report = app.bean(QuarterlyRun.class)
                    .rerun(edition, reason.trim(), new RunOptions(folders.input, folders.output, Optional.of(edition), strict));
            ReportPrinter.print(report, System.out);
            return report.exitCode();
        }
    }
}
