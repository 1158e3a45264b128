package uk.datashares.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.List;

import uk.datashares.fault.FaultInjection;
import uk.datashares.metrics.Stage;
import uk.datashares.metrics.StageTimes;
import uk.datashares.store.LoadedShareWriter;

/** Stores each chunk of encoded rows with COPY inside the chunk's transaction. */
public final class ShareChunkWriter implements ItemWriter<LoadedShareWriter.EncodedRow> {

    private final LoadedShareWriter writer;
    private final StageTimes times;

    public ShareChunkWriter(LoadedShareWriter writer, StageTimes times) {
        this.writer = writer;
        this.times = times;
    }

    @Override
    public void write(Chunk<? extends LoadedShareWriter.EncodedRow> chunk) throws Exception {
        long started = System.nanoTime();
        writer.write(List.copyOf(chunk.getItems()));
        times.add(Stage.STORE, System.nanoTime() - started);
        FaultInjection.at("ingest-after-chunk");
    }
}
