package uk.datashares.batch;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import uk.datashares.edition.EditionDiscovery;
import uk.datashares.ingest.InputCatalog;
import uk.datashares.ingest.SourceRow;
import uk.datashares.ingest.WorkbookReaders;
import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.metrics.Stage;
import uk.datashares.metrics.StageTimes;
import uk.datashares.metrics.StageTimingListener;
import uk.datashares.publish.ReleasePublisher;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.store.FindingRepository;
import uk.datashares.store.LoadFinaliser;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.LoadedShareWriter;

/**
 * The quarterly release job, one instance per edition and piece of work: prepare (check the
 * files, create the load), ingest (read, classify and store every row in chunks), finalise
 * (surrogate keys, repeated references), publish (the release, atomically). Wiring only.
 */
@Configuration
public class QuarterlyReleaseJobConfiguration {

    @Bean
    StageTimes stageTimes() {
        return new StageTimes();
    }

    @Bean
    Job quarterlyReleaseJob(JobRepository repository, Step prepareLoad, Step ingest, Step finaliseLoad, Step publishRelease,
                            LoadRepository loads) {
        return new JobBuilder(JobParameterNames.JOB_NAME, repository)
                .listener(new RejectedInputListener(loads))
                .start(prepareLoad)
                .next(ingest)
                .next(finaliseLoad)
                .next(publishRelease)
                .build();
    }

    @Bean
    Step prepareLoad(JobRepository repository, PlatformTransactionManager transactions, EditionDiscovery discovery,
                     InputCatalog catalog, LoadRepository loads, FindingRepository findings, StageTimes times) {
        return new StepBuilder("prepare", repository)
                .tasklet(new PrepareLoadTasklet(discovery, catalog, loads, findings), transactions)
                .listener(new StepProgressListener())
                .listener(new StageTimingListener(times, Stage.READ))
                .build();
    }

    @Bean
    Step ingest(JobRepository repository, PlatformTransactionManager transactions, LoadRepository loads, InputCatalog catalog,
                WorkbookReaders readers, SheetLayoutDetector detector, ReferenceTables tables, LoadedShareWriter writer,
                StageTimes times, @Value("${datashares.chunk-size:2000}") int chunkSize) {
        ShareRowItemReader rows = new ShareRowItemReader(loads, catalog, readers, detector, times);
        ShareRowProcessor classifier = new ShareRowProcessor(tables, loads, times);
        ShareChunkWriter chunkWriter = new ShareChunkWriter(writer, loads, times, "shareRows");
        return new StepBuilder("ingest", repository)
                .<LoadedShareWriter.EncodedRow, LoadedShareWriter.EncodedRow>chunk(chunkSize)
                .transactionManager(transactions)
                // Rows are read and classified a chunk ahead on a thread of their own while the
                // chunk before is copied into the database; the position saved is the rows stored.
                .reader(new ReadAheadItemReader<>("shareRows", rows, classifier, chunkSize))
                .listener((StepExecutionListener) rows)
                .listener((StepExecutionListener) classifier)
                .writer(chunkWriter)
                .listener((StepExecutionListener) chunkWriter)
                // As StepListener: the Object overload registers annotated methods only, and these have none.
                .listener((StepListener) new StepProgressListener())
                .listener((StepListener) new TerminalProgress())
                .build();
    }

    @Bean
    Step finaliseLoad(JobRepository repository, PlatformTransactionManager transactions, LoadRepository loads, LoadFinaliser finaliser,
                      StageTimes times) {
        return new StepBuilder("finalise", repository)
                .tasklet(new FinaliseLoadTasklet(loads, finaliser), transactions)
                .listener(new StepProgressListener())
                .listener(new StageTimingListener(times, Stage.STORE))
                .build();
    }

    @Bean
    Step publishRelease(JobRepository repository, PlatformTransactionManager transactions, LoadRepository loads,
                        FindingRepository findings, ReleasePublisher publisher, StageTimes times) {
        return new StepBuilder("publish", repository)
                .tasklet(new PublishReleaseTasklet(loads, findings, publisher), transactions)
                .listener(new StepProgressListener())
                .listener(new StageTimingListener(times, Stage.PUBLISH))
                .build();
    }
}
