package uk.datashares.batch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.List;

import uk.datashares.fault.FaultInjection;
import uk.datashares.metrics.Stage;
import uk.datashares.metrics.StageTimes;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.LoadedShareWriter;

/**
 * Stores each chunk of encoded rows with COPY inside the chunk's transaction, and counts the
 * chunk's items in that transaction too. A restarted step resumes from that count: the position
 * the step saved can be ahead of it when a chunk's commit failed on a lost connection.
 */
public final class ShareChunkWriter implements ItemWriter<LoadedShareWriter.EncodedRow>, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ShareChunkWriter.class);

    private final LoadedShareWriter writer;
    private final LoadRepository loads;
    private final StageTimes times;
    private final String positionKey;
    private long loadId;

    /**
     * @param readerName the name of the step's counting reader, whose saved position
     *                   ({@code <name>.read.count}) is checked against the count committed
     */
    public ShareChunkWriter(LoadedShareWriter writer, LoadRepository loads, StageTimes times, String readerName) {
        this.writer = writer;
        this.loads = loads;
        this.times = times;
        this.positionKey = readerName + ".read.count";
    }

    @Override
    public void beforeStep(StepExecution step) {
        loadId = LoadOfStep.of(step, loads).loadId();
        long committed = loads.itemsCommitted(loadId);
        ExecutionContext context = step.getExecutionContext();
        if (context.containsKey(positionKey) && context.getInt(positionKey) != committed) {
            LOG.warn("Edition {}: the saved position ({} rows) is not what was committed ({} rows); resuming from {}",
                    step.getJobExecution().getJobParameters().getString(JobParameterNames.EDITION), context.getInt(positionKey),
                    committed, committed);
            context.putInt(positionKey, Math.toIntExact(committed));
        }
    }

    @Override
    public void write(Chunk<? extends LoadedShareWriter.EncodedRow> chunk) throws Exception {
        long started = System.nanoTime();
        writer.write(List.copyOf(chunk.getItems()));
        loads.addCommitted(loadId, chunk.size());
        times.add(Stage.STORE, System.nanoTime() - started);
        FaultInjection.at("ingest-after-chunk");
    }
}
