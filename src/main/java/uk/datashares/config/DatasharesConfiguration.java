package uk.datashares.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;

import uk.datashares.edition.EditionDiscovery;
import uk.datashares.ingest.InflationLimits;
import uk.datashares.ingest.InputCatalog;
import uk.datashares.ingest.WorkbookReaders;
import uk.datashares.ingest.WorkbookScanner;
import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.publish.OutputOwnership;
import uk.datashares.publish.ReleaseCheck;
import uk.datashares.publish.ReleaseContents;
import uk.datashares.publish.ReleaseIndex;
import uk.datashares.publish.ReleasePublisher;
import uk.datashares.publish.TimeSeries;
import uk.datashares.publish.page.SiteIndex;
import uk.datashares.publish.tables.EditionChanges;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.run.QuarterlyRun;
import uk.datashares.run.RunLock;
import uk.datashares.run.StatusReport;
import uk.datashares.store.FindingRepository;
import uk.datashares.store.InputProblemRepository;
import uk.datashares.store.LoadFinaliser;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.LoadedShareWriter;
import uk.datashares.store.PublicationOutputRepository;
import uk.datashares.store.ReleaseRepository;

/** The application's parts and how they fit together. Wiring only. */
@Configuration
public class DatasharesConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DatasharesConfiguration.class);

    @Bean
    ReferenceTables referenceTables(@Value("${datashares.reference-dir:jobs/reference}") String directory) {
        Path path = Path.of(directory);
        if (Files.isDirectory(path)) {
            return ReferenceTables.load(path);
        }
        LOG.warn("Mapping tables folder {} not found; using the tables packaged with the application", path.toAbsolutePath());
        return ReferenceTables.loadBuiltIn();
    }

    @Bean
    WorkbookReaders workbookReaders(@Value("${datashares.max-sheet-mib:4096}") long maxSheetMib,
                                    @Value("${datashares.max-inflation-ratio:100}") double maxRatio) {
        return new WorkbookReaders(new InflationLimits(maxSheetMib << 20, maxRatio, InflationLimits.DEFAULT.ratioGraceBytes()));
    }

    @Bean
    SheetLayoutDetector sheetLayoutDetector(ReferenceTables tables) {
        return new SheetLayoutDetector(tables);
    }

    @Bean
    InputCatalog inputCatalog(WorkbookReaders readers, SheetLayoutDetector detector) {
        return new InputCatalog(new WorkbookScanner(readers, detector));
    }

    @Bean
    EditionDiscovery editionDiscovery(InputCatalog catalog) {
        return new EditionDiscovery(catalog);
    }

    @Bean
    LoadRepository loadRepository(JdbcTemplate jdbc) {
        return new LoadRepository(jdbc);
    }

    @Bean
    FindingRepository findingRepository(JdbcTemplate jdbc) {
        return new FindingRepository(jdbc);
    }

    @Bean
    ReleaseRepository releaseRepository(JdbcTemplate jdbc) {
        return new ReleaseRepository(jdbc);
    }

    @Bean
    LoadedShareWriter loadedShareWriter(DataSource dataSource) {
        return new LoadedShareWriter(dataSource);
    }

    @Bean
    LoadFinaliser loadFinaliser(JdbcTemplate jdbc, FindingRepository findings) {
        return new LoadFinaliser(jdbc, findings);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReleaseContents releaseContents(JdbcTemplate jdbc, PlatformTransactionManager transactions, FindingRepository findings,
                                    ReferenceTables tables, @Value("${datashares.contact:data.sharing@education.gov.uk}") String contact) {
        return new ReleaseContents(jdbc, transactions, findings, tables, contact);
    }

    @Bean
    ReleasePublisher releasePublisher(ReleaseRepository releases, LoadRepository loads, ReleaseContents contents,
                                      PlatformTransactionManager transactions, Clock clock, ReferenceTables tables) {
        ReleaseCheck check = new ReleaseCheck();
        ReleaseIndex index = new ReleaseIndex(releases, new TimeSeries(check), new SiteIndex(tables.labels()));
        return new ReleasePublisher(releases, loads, contents, check, index, transactions, clock);
    }

    @Bean
    InputProblemRepository inputProblems(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new InputProblemRepository(jdbc, transactions);
    }

    @Bean
    StatusReport statusReport(JdbcTemplate jdbc, ReleaseRepository releases, InputProblemRepository inputProblems) {
        return new StatusReport(jdbc, releases, inputProblems);
    }

    @Bean
    RunLock runLock(DataSource dataSource) {
        return new RunLock(dataSource);
    }

    @Bean
    QuarterlyRun quarterlyRun(EditionDiscovery discovery, ReferenceTables tables, ReleaseRepository releases, LoadRepository loads,
                              FindingRepository findings, JdbcTemplate jdbc, JobRepository jobRepository, JobOperator jobOperator,
                              Job quarterlyReleaseJob, RunLock lock, InputProblemRepository inputProblems) {
        return new QuarterlyRun(discovery, tables, releases, loads, findings, new EditionChanges(jdbc), jobRepository, jobOperator,
                quarterlyReleaseJob, lock, new OutputOwnership(new PublicationOutputRepository(jdbc), releases), inputProblems);
    }
}
