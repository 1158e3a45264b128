package uk.datashares.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import uk.datashares.edition.InputFile;
import uk.datashares.ingest.layout.DataRowRules;
import uk.datashares.ingest.layout.SheetLayout;
import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.vocabulary.SheetKind;

/**
 * Every data row of an edition's share sheets, file by file (in name order) and sheet by
 * sheet (in workbook order), each with its layout. Layouts are found as the sheets are read,
 * by the same rules the scan applied. Titles, headers, blank rows, footnotes and total rows
 * are passed over (SPEC §3: not findings), with a warning in the log for a total row only by its
 * first letters ("Totaljobs Group"); metadata, classification and unrecognised sheets are not
 * share sheets.
 */
public final class EditionRows implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EditionRows.class);

    private final List<InputFile> files;
    private final WorkbookReaders readers;
    private final SheetLayoutDetector detector;
    private int nextFile;
    private InputFile currentFile;
    private WorkbookReader workbook;
    private SheetRecogniser recogniser;
    private SheetReader sheet;
    private SheetLayout layout;
    private int sheetIndex;
    private final Deque<SheetRow> buffered = new ArrayDeque<>();

    public EditionRows(List<InputFile> files, WorkbookReaders readers, SheetLayoutDetector detector) {
        this.files = List.copyOf(files);
        this.readers = readers;
        this.detector = detector;
    }

    /** The next data row, or {@code null} after the last. */
    public SourceRow next() throws IOException {
        while (true) {
            if (sheet != null && layout != null) {
                SheetRow row = buffered.isEmpty() ? sheet.nextRow() : buffered.poll();
                if (row != null) {
                    if (row.number() > layout.headerRow()) {
                        if (DataRowRules.isData(row)) {
                            return new SourceRow(layout, currentFile.sha256(), nextFile - 1, sheetIndex, sheet.date1904(), row);
                        }
                        if (DataRowRules.isTotalLookalike(row)) {
                            LOG.warn("File {}, sheet '{}', row {}: '{}' starts with \"total\", so by the layout rules the row is a total"
                                    + " row, not a share; check that it does not name an organisation", currentFile.name(), sheet.name(),
                                    row.number(), row.firstText());
                        }
                    }
                    continue;
                }
                sheet = null;
                layout = null;
            }
            if (workbook != null) {
                sheet = workbook.nextSheet();
                if (sheet != null) {
                    sheetIndex++;
                    openSheet();
                    continue;
                }
                workbook.close();
                workbook = null;
            }
            if (nextFile >= files.size()) {
                return null;
            }
            currentFile = files.get(nextFile++);
            workbook = readers.open(currentFile.path(), currentFile.fingerprint());
            recogniser = new SheetRecogniser(detector);
            sheetIndex = 0;
        }
    }

    private void openSheet() throws IOException {
        buffered.clear();
        List<SheetRow> top = TopRows.read(sheet);
        Optional<SheetKind> kind = recogniser.recognise(sheet.name(), top);
        if (kind.isEmpty() || kind.get().section().isEmpty()) {
            layout = null;
            return;
        }
        layout = detector.locate(currentFile.name(), sheet.name(), kind.get(), top);
        buffered.addAll(top);
    }

    @Override
    public void close() throws IOException {
        if (workbook != null) {
            workbook.close();
            workbook = null;
        }
    }
}
