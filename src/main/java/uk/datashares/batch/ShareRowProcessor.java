package uk.datashares.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import uk.datashares.classify.EditionContext;
import uk.datashares.classify.RowOutcome;
import uk.datashares.classify.ShareAssembler;
import uk.datashares.edition.Edition;
import uk.datashares.fault.FaultInjection;
import uk.datashares.ingest.SourceRow;
import uk.datashares.metrics.Stage;
import uk.datashares.metrics.StageTimes;
import uk.datashares.reference.ReferenceTables;
import uk.datashares.store.EditionLoad;
import uk.datashares.store.LoadRepository;
import uk.datashares.store.LoadedShareWriter;

/**
 * Normalises and classifies each row with the edition's own classification sheet, and encodes
 * the result as the COPY text it will be stored as (time counted as storing).
 */
public final class ShareRowProcessor implements ItemProcessor<SourceRow, LoadedShareWriter.EncodedRow>, StepExecutionListener {

    private final ReferenceTables tables;
    private final LoadRepository loads;
    private final StageTimes times;
    private ShareAssembler assembler;
    private long loadId;

    public ShareRowProcessor(ReferenceTables tables, LoadRepository loads, StageTimes times) {
        this.tables = tables;
        this.loads = loads;
        this.times = times;
    }

    @Override
    public void beforeStep(StepExecution step) {
        EditionLoad load = LoadOfStep.of(step, loads);
        loadId = load.loadId();
        assembler = new ShareAssembler(tables, new EditionContext(Edition.parse(load.edition()), loads.levels(load.loadId())));
    }

    @Override
    public LoadedShareWriter.EncodedRow process(SourceRow row) {
        FaultInjection.at("classify");
        long started = System.nanoTime();
        RowOutcome outcome = assembler.assemble(row);
        long classified = System.nanoTime();
        times.add(Stage.CLASSIFY, classified - started);
        LoadedShareWriter.EncodedRow encoded = LoadedShareWriter.encode(loadId, outcome, row.fileIndex(), row.sheetIndex());
        times.add(Stage.STORE, System.nanoTime() - classified);
        return encoded;
    }
}
