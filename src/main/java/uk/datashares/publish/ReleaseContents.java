package uk.datashares.publish;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import uk.datashares.fault.FaultInjection;
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
 *
 * <p>The register, a sorted copy of every share, is written on a thread and a read-only
 * transaction of its own while the tables are aggregated: the two are independent, and each
 * is most of the work of publishing a large edition.
 */
public class ReleaseContents {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final RegisterExport register;
    private final HomeOfficeExport homeOffice;
    private final FindingRepository findings;
    private final AggregateTables tables;
    private final EditionChanges changes;
    private final EesTableWriter tableWriter;
    private final DataGuidance guidance;
    private final RevisionNotes notes;

    private final String contact;
    private final ReleasePage page;

    public ReleaseContents(JdbcTemplate jdbc, PlatformTransactionManager transactions, FindingRepository findings,
                           ReferenceTables referenceTables, String contact) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.contact = contact;
        this.page = new ReleasePage(referenceTables.labels(), contact);
        this.register = new RegisterExport(jdbc);
        this.homeOffice = new HomeOfficeExport(jdbc);
        this.findings = findings;
        this.tables = new AggregateTables(jdbc, referenceTables.labels());
        this.changes = new EditionChanges(jdbc);
        this.tableWriter = new EesTableWriter(referenceTables.labels());
        this.guidance = new DataGuidance(referenceTables.labels());
        this.notes = new RevisionNotes(EditionChanges.ofRegister(jdbc));
    }

    public List<OutputFile> write(ReleaseContext release, Path folder) throws IOException {
        CompletableFuture<OutputFile> registerFile = CompletableFuture.supplyAsync(() -> writeRegister(release, folder), task -> {
            Thread thread = new Thread(task, "register-export");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            LargeSorts.allow(jdbc);
            List<OutputFile> files = new ArrayList<>();
            files.add(OutputFile.csv("home_office.csv", homeOffice.write(release.loadId(), folder.resolve("home_office.csv"))));
            files.add(OutputFile.csv("findings.csv", FindingsExport.write(findings, release.loadId(), folder.resolve("findings.csv"))));
            Path tableFolder = Files.createDirectories(folder.resolve("tables"));
            EditionChanges.Counted counted = changes.counts(release.previousEdition().map(EditionChanges.Previous::loadId),
                    release.loadId());
            List<AggregateTable> aggregates = tables.build(release.loadId(), release.edition(), counted);
            for (AggregateTable table : aggregates) {
                files.addAll(tableWriter.write(table.spec(), table.rows(), tableFolder, "tables/"));
            }
            ReleaseFacts facts = ReleaseFacts.of(jdbc, release.loadId(), release.edition(), release.previousEdition(), counted.byField());
            files.add(text(folder, "data-guidance.md", guidance.write(release, facts, aggregates.stream().map(AggregateTable::spec).toList())));
            if (release.previousRevision().isPresent()) {
                files.add(text(folder, "revision-notes.md", notes.write(release, release.outputDir(), folder)));
            }
            files.addAll(new ReleaseWorkbook(release, contact, aggregates).write(folder));
            files.add(0, finished(registerFile));
            files.add(page.write(release, aggregates, List.copyOf(files), facts.findings(), folder));
            return files;
        } finally {
            // Never leave the register being written into a folder that is about to be removed.
            registerFile.handle((file, failure) -> null).join();
        }
    }

    private OutputFile writeRegister(ReleaseContext release, Path folder) {
        return readOnly.execute(status -> {
            LargeSorts.allow(jdbc);
            try {
                RegisterExport.Written written = register.write(release.loadId(), folder.resolve("register.csv"));
                OutputFile file = OutputFile.csv("register.csv", written.rows()).writtenWithSha256(written.sha256());
                FaultInjection.at("publish-register-written");
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The register once written, with the failure it met, if any, raised as it was. */
    private static OutputFile finished(CompletableFuture<OutputFile> registerFile) throws IOException {
        try {
            return registerFile.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static OutputFile text(Path folder, String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        return OutputFile.text(name, content.lines().count());
    }
}
