package uk.datashares.batch;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Reads the data rows of the load's files, from the first, once the step has checked that the
 * files are still the ones the load was prepared from. It keeps no position: the
 * {@link ReadAheadItemReader} it runs in counts the rows handed to the step and saves that.
 */
public final class ShareRowItemReader implements ItemStreamReader<SourceRow>, StepExecutionListener {

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
    }

    @Override
    public void beforeStep(StepExecution step) {
        long loadId = LoadOfStep.of(step, loads).loadId();
        files = new ArrayList<>();
        for (LoadRepository.StoredInputFile stored : loads.inputFiles(loadId)) {
            FileFingerprint fingerprint = fingerprint(stored);
            if (!fingerprint.sha256().equals(stored.sha256())) {
                throw InputFileException.ofFile(stored.name(), "changed while its edition was being loaded",
                        "Run again to load the edition from the files as they are now");
            }
            files.add(new InputFile(stored.path(), fingerprint));
        }
    }

    private FileFingerprint fingerprint(LoadRepository.StoredInputFile stored) {
        try {
            return catalog.fingerprint(stored.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + stored.name() + " again to check it is unchanged", e);
        }
    }

    @Override
    public void open(ExecutionContext context) {
        rows = new EditionRows(files, readers, detector);
    }

    @Override
    public SourceRow read() throws Exception {
        long started = System.nanoTime();
        SourceRow row = rows.next();
        times.add(Stage.READ, System.nanoTime() - started);
        if (row != null) {
            times.countRow();
        }
        return row;
    }

    @Override
    public void close() {
        if (rows != null) {
            try {
                rows.close();
            } catch (IOException e) {
                throw new ItemStreamException("Could not close the edition's files", e);
            } finally {
                rows = null;
            }
        }
    }
}
