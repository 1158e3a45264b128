package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import uk.datashares.publish.ees.EesReport;
import uk.datashares.publish.ees.EesValidator;

/**
 * The checks a release passes before it is published: every listed file was written, and
 * every table meets the open-data standard (our own implementation of the EES screener's
 * rules) with no failure and no warning. A release that fails is refused, naming the file, the
 * check and the row.
 */
public class ReleaseCheck {

    private static final int PROBLEMS_NAMED = 10;

    private final EesValidator ees = new EesValidator();

    public void verify(Path folder, List<OutputFile> files) throws IOException {
        TreeSet<Path> tableFolders = new TreeSet<>();
        for (OutputFile file : files) {
            Path path = folder.resolve(file.path());
            if (!Files.isRegularFile(path)) {
                throw new PublicationRefusedException("release file " + file.path() + " was not written");
            }
            if (file.tabular() && Files.size(path) == 0) {
                throw new PublicationRefusedException(file.path() + " is empty: it has no header row");
            }
            if (file.path().endsWith(".meta.csv")) {
                tableFolders.add(path.getParent());
            }
        }
        for (Path tables : tableFolders) {
            EesReport report = ees.validateFolder(tables);
            if (!report.passedStrictly()) {
                throw new PublicationRefusedException("the tables in " + folder.relativize(tables)
                        + " do not meet the open-data standard, so nothing was published: "
                        + String.join("; ", report.problems().stream().limit(PROBLEMS_NAMED).map(p -> p.describe()).toList())
                        + (report.problems().size() > PROBLEMS_NAMED ? "; and " + (report.problems().size() - PROBLEMS_NAMED) + " more" : ""));
            }
        }
    }
}
