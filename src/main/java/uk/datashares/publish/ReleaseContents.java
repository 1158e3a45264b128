package uk.datashares.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.datashares.store.FindingRepository;

/** Writes the files of a revision into its staging folder. */
public class ReleaseContents {

    private final RegisterExport register;
    private final HomeOfficeExport homeOffice;
    private final FindingRepository findings;

    public ReleaseContents(RegisterExport register, HomeOfficeExport homeOffice, FindingRepository findings) {
        this.register = register;
        this.homeOffice = homeOffice;
        this.findings = findings;
    }

    public List<OutputFile> write(ReleaseContext release, Path folder) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.csv("register.csv", register.write(release.loadId(), folder.resolve("register.csv"))));
        files.add(OutputFile.csv("home_office.csv", homeOffice.write(release.loadId(), folder.resolve("home_office.csv"))));
        files.add(OutputFile.csv("findings.csv", FindingsExport.write(findings.forLoad(release.loadId()), folder.resolve("findings.csv"))));
        return files;
    }
}
