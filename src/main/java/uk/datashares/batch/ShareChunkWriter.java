package uk.datashares.batch;

import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.List;

import uk.datashares.fault.FaultInjection;
import uk.datashares.metrics.Stage;
import uk.datashares.metrics.StageTimes;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.LoadedShareWriter;

/** Stores each chunk with COPY inside the chunk's transaction. */
public final class ShareChunkWriter implements ItemWriter<LoadedShareWriter.Item> {

    private final LoadedShareWriter writer;
    private final LoadRepository loads;
    private final StageTimes times;
    private long loadId;

    public ShareChunkWriter(LoadedShareWriter writer, LoadRepository loads, StageTimes times) {
        this.writer = writer;
        this.loads = loads;
        this.times = times;
    }

    @BeforeStep
    public void beforeStep(StepExecution step) {
        loadId = LoadOfStep.of(step, loads).loadId();
    }

    @Override
    public void write(Chunk<? extends LoadedShareWriter.Item> chunk) throws Exception {
        long started = System.nanoTime();
        writer.write(loadId, List.copyOf(chunk.getItems()));
        times.add(Stage.STORE, System.nanoTime() - started);
        FaultInjection.at("ingest-after-chunk");
    }
}
