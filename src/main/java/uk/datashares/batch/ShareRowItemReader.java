package uk.datashares.batch;

import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.util.ArrayList;
import java.util.List;

import uk.datashares.edition.InputFile;
import uk.datashares.ingest.EditionRows;
import uk.datashares.ingest.FileFingerprint;
import uk.datashares.ingest.InputCatalog;
import uk.datashares.ingest.InputFileException;
import uk.datashares.ingest.SourceRow;
import uk.datashares.ingest.WorkbookReaders;
import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.metrics.Stage;
import uk.datashares.metrics.StageTimes;
import uk.datashares.store.LoadRepository;

/**
 * Reads the data rows of the load's files. Its position (rows read) is saved with every
 * committed chunk, so a restarted step reads on from the last commit.
 */
public final class ShareRowItemReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    private final LoadRepository loads;
    private final InputCatalog catalog;
    private final WorkbookReaders readers;
    private final SheetLayoutDetector detector;
    private final StageTimes times;
    private List<InputFile> files;
    private EditionRows rows;

    public ShareRowItemReader(LoadRepository loads, InputCatalog catalog, WorkbookReaders readers, SheetLayoutDetector detector,
                              StageTimes times) {
        this.loads = loads;
        this.catalog = catalog;
        this.readers = readers;
        this.detector = detector;
        this.times = times;
        setName("shareRows");
    }

    @BeforeStep
    public void beforeStep(StepExecution step) throws Exception {
        long loadId = LoadOfStep.of(step, loads).loadId();
        files = new ArrayList<>();
        for (LoadRepository.StoredInputFile stored : loads.inputFiles(loadId)) {
            FileFingerprint fingerprint = catalog.fingerprint(stored.path());
            if (!fingerprint.sha256().equals(stored.sha256())) {
                throw InputFileException.ofFile(stored.name(), "changed while its edition was being loaded",
                        "Run again to load the edition from the files as they are now");
            }
            files.add(new InputFile(stored.path(), fingerprint));
        }
    }

    @Override
    protected void doOpen() {
        rows = new EditionRows(files, readers, detector);
    }

    @Override
    protected SourceRow doRead() throws Exception {
        long started = System.nanoTime();
        SourceRow row = rows.next();
        times.add(Stage.READ, System.nanoTime() - started);
        if (row != null) {
            times.countRow();
        }
        return row;
    }

    @Override
    protected void doClose() throws Exception {
        if (rows != null) {
            rows.close();
            rows = null;
        }
    }
}
