package uk.datashares.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import uk.datashares.classify.EditionContext;
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

/** Normalises and classifies each row with the edition's own classification sheet. */
public final class ShareRowProcessor implements ItemProcessor<SourceRow, LoadedShareWriter.Item>, StepExecutionListener {

    private final ReferenceTables tables;
    private final LoadRepository loads;
    private final StageTimes times;
    private ShareAssembler assembler;

    public ShareRowProcessor(ReferenceTables tables, LoadRepository loads, StageTimes times) {
        this.tables = tables;
        this.loads = loads;
        this.times = times;
    }

    @Override
    public void beforeStep(StepExecution step) {
        EditionLoad load = LoadOfStep.of(step, loads);
        assembler = new ShareAssembler(tables, new EditionContext(Edition.parse(load.edition()), loads.levels(load.loadId())));
    }

    @Override
    public LoadedShareWriter.Item process(SourceRow row) {
        FaultInjection.at("classify");
        long started = System.nanoTime();
        LoadedShareWriter.Item item = new LoadedShareWriter.Item(assembler.assemble(row), row.sheetIndex());
        times.add(Stage.CLASSIFY, System.nanoTime() - started);
        return item;
    }
}
