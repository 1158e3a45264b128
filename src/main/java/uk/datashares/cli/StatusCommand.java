package uk.datashares.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

import uk.datashares.run.StatusReport;

/** What has been published and how the recent runs went. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show each edition's revisions (with reasons and times), the last job executions and their outcomes,"
                + " and the findings of the current revisions.")
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    FolderOptions folders = new FolderOptions();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public Integer call() throws Exception {
        try (Application app = Application.start(database, folders)) {
            System.out.print(app.bean(StatusReport.class).render());
            return DatasharesCli.OK;
        }
    }
}
