package uk.datashares.publish;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.datashares.publish.page.ReleasePage;
import uk.datashares.publish.spreadsheet.ReleaseWorkbook;
import uk.datashares.publish.tables.AggregateTable;
import uk.datashares.publish.tables.AggregateTables;
import uk.datashares.publish.tables.EditionChanges;
import uk.datashares.publish.tables.EesTableWriter;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.store.FindingRepository;
import uk.datashares.store.LargeSorts;

/**
 * Writes the files of a revision into its staging folder: the register, the Home Office
 * series, the findings, the aggregate tables, the data guidance, (from revision 2) the
 * revision notes, the same tables as an accessible spreadsheet (.ods and .xlsx), and last the
 * release page (index.html) linking every other file.
 */
public class ReleaseContents {

    private final JdbcTemplate jdbc;
    private final RegisterExport register;
    private final HomeOfficeExport homeOffice;
    private final FindingRepository findings;
    private final AggregateTables tables;
    private final EesTableWriter tableWriter;
    private final DataGuidance guidance;
    private final RevisionNotes notes;

    private final String contact;
    private final ReleasePage page;

    public ReleaseContents(JdbcTemplate jdbc, FindingRepository findings, ReferenceTables referenceTables, String contact) {
        this.jdbc = jdbc;
        this.contact = contact;
        this.page = new ReleasePage(referenceTables.labels(), contact);
        this.register = new RegisterExport(jdbc);
        this.homeOffice = new HomeOfficeExport(jdbc);
        this.findings = findings;
        this.tables = new AggregateTables(jdbc, referenceTables.labels());
        this.tableWriter = new EesTableWriter(referenceTables.labels());
        this.guidance = new DataGuidance(referenceTables.labels());
        this.notes = new RevisionNotes(new EditionChanges(jdbc));
    }

    public List<OutputFile> write(ReleaseContext release, Path folder) throws IOException {
        LargeSorts.allow(jdbc);
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.csv("register.csv", register.write(release.loadId(), folder.resolve("register.csv"))));
        files.add(OutputFile.csv("home_office.csv", homeOffice.write(release.loadId(), folder.resolve("home_office.csv"))));
        files.add(OutputFile.csv("findings.csv", FindingsExport.write(findings, release.loadId(), folder.resolve("findings.csv"))));
        Path tableFolder = Files.createDirectories(folder.resolve("tables"));
        List<AggregateTable> aggregates = tables.build(release.loadId(), release.edition(), release.previousEdition());
        for (AggregateTable table : aggregates) {
            files.addAll(tableWriter.write(table.spec(), table.rows(), tableFolder, "tables/"));
        }
        ReleaseFacts facts = ReleaseFacts.of(jdbc, release.loadId(), release.edition(), release.previousEdition());
        files.add(text(folder, "data-guidance.md", guidance.write(release, facts, aggregates.stream().map(AggregateTable::spec).toList())));
        if (release.previousRevision().isPresent()) {
            files.add(text(folder, "revision-notes.md", notes.write(release, release.outputDir(), folder)));
        }
        files.addAll(new ReleaseWorkbook(release, contact, aggregates).write(folder));
        files.add(page.write(release, aggregates, List.copyOf(files), facts.findings(), folder));
        return files;
    }

    private static OutputFile text(Path folder, String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        return OutputFile.text(name, content.lines().count());
    }
}
