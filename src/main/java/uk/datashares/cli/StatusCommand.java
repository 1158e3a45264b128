package uk.datashares.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import uk.datashares.run.StatusReport;

/** What has been published and how the recent runs went. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show each edition's revisions (with reasons and times), the findings of the current revisions,"
                + " the input the last run could not make an edition of (or editions it refused before starting), and the last job"
                + " executions and their outcomes.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders = new FolderOptions();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() throws Exception {
        database.requireUsable();
        Path embedded = database.dataDir.resolve("db");
        if (database.url() == null && !Files.isDirectory(embedded)) {
            // Asking is no reason to create a database: a mistyped --data-dir would then look like "nothing published yet".
            System.out.printf("No database in %s: nothing has been run with this --data-dir. Give the --data-dir (or"
                    + " $DATASHARES_HOME) the runs used, or --db-url for a server.%n", embedded.toAbsolutePath());
            return DatasharesCli.OK;
        }
        try (Application app = Application.start(database, folders)) {
            System.out.print(app.bean(StatusReport.class).render());
            return DatasharesCli.OK;
        }
    }
}
