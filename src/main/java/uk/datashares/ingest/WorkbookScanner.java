package uk.datashares.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.datashares.edition.Edition;
import uk.datashares.edition.EditionWording;
import uk.datashares.ingest.layout.DataRowRules;
import uk.datashares.ingest.layout.SheetLayout;
import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.normalise.LevelLookup;
import uk.datashares.reference.Text;
import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.SheetKind;

/**
 * Reads the top of every sheet of a file, without reading its data: enough to recognise
 * sections, validate headers, find the edition wording and load the edition's classification
 * sheet before a single share is stored.
 */
public final class WorkbookScanner {

    /** Rows at the top of a sheet searched for edition wording (titles, cover lines). */
    private static final int WORDING_ROWS = 10;
    private static final Pattern NOTES = Pattern.compile("(?:table \\d+ )?notes?\\b");
    /** A classification sheet longer than this is not a classification sheet. */
    private static final int MAX_CLASSIFICATION_ROWS = 1000;

    private final WorkbookReaders readers;
    private final SheetLayoutDetector detector;

    public WorkbookScanner(WorkbookReaders readers, SheetLayoutDetector detector) {
        this.readers = readers;
        this.detector = detector;
    }

    public WorkbookScan scan(Path file, FileFingerprint fingerprint) throws IOException {
        String name = file.getFileName().toString();
        List<WorkbookScan.SheetScan> sheets = new ArrayList<>();
        List<WorkbookScan.WordingHit> wording = new ArrayList<>();
        LevelLookup.Builder levels = new LevelLookup.Builder();
        SheetRecogniser recogniser = new SheetRecogniser(detector);
        try (WorkbookReader reader = readers.open(file, fingerprint)) {
            SheetReader sheet;
            while ((sheet = reader.nextSheet()) != null) {
                List<SheetRow> top = TopRows.read(sheet);
                Optional<SheetKind> kind = recogniser.recognise(sheet.name(), top);
                Optional<SheetLayout> layout = Optional.empty();
                if (kind.isPresent() && kind.get() != SheetKind.METADATA) {
                    SheetLayout located = detector.locate(name, sheet.name(), kind.get(), top);
                    layout = Optional.of(located);
                    if (kind.get() == SheetKind.CLASSIFICATION) {
                        readClassification(sheet, top, located, levels);
                    }
                }
                boolean notes = kind.filter(k -> k == SheetKind.METADATA).isPresent() && isNotesSheet(sheet.name(), top);
                addWording(sheet.name(), top, layout.map(SheetLayout::headerRow).orElse(Integer.MAX_VALUE), notes, wording);
                sheets.add(new WorkbookScan.SheetScan(sheet.name(), kind, layout));
            }
        }
        return new WorkbookScan(name, List.copyOf(sheets), List.copyOf(wording), levels.build());
    }

    /**
     * Edition wording in the rows above the header (titles, "as at" lines), never in the table
     * itself, where a project titled "... to the end of March 2022" is no statement of the edition.
     */
    private static void addWording(String sheet, List<SheetRow> top, int headerRow, boolean notes,
                                   List<WorkbookScan.WordingHit> wording) {
        for (SheetRow row : top.subList(0, Math.min(WORDING_ROWS, top.size()))) {
            if (row.number() >= headerRow) {
                break;
            }
            for (CellValue cell : row.cells()) {
                if (cell instanceof CellValue.TextCell) {
                    Optional<Edition> edition = EditionWording.inText(cell.text());
                    if (edition.isPresent()) {
                        wording.add(new WorkbookScan.WordingHit(sheet, row.number(), cell.text(), edition.get(), notes));
                    }
                }
            }
        }
    }

    /** A notes sheet: named "Notes", or titled so. */
    private static boolean isNotesSheet(String name, List<SheetRow> top) {
        String title = top.stream().map(SheetRow::firstText).filter(text -> !text.isBlank()).findFirst().orElse("");
        return NOTES.matcher(Text.fold(name)).lookingAt() || NOTES.matcher(Text.fold(title)).lookingAt();
    }

    private static void readClassification(SheetReader sheet, List<SheetRow> top, SheetLayout layout, LevelLookup.Builder levels)
            throws IOException {
        Map<Field, Integer> columns = layout.fieldColumns();
        Integer code = columns.get(Field.LEVEL_CODE);
        Integer label = columns.get(Field.LEVEL_LABEL);
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow row : top) {
            if (row.number() > layout.headerRow()) {
                rows.add(row);
            }
        }
        SheetRow row;
        while (rows.size() < MAX_CLASSIFICATION_ROWS && (row = sheet.nextRow()) != null) {
            rows.add(row);
        }
        for (SheetRow data : rows) {
            if (data.text(label).isBlank() || DataRowRules.isTotal(Text.fold(data.firstText()))) {
                continue;
            }
            levels.add(code == null ? null : data.text(code), data.text(label));
        }
    }
}
