package uk.datashares.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.ingest.layout.SheetLayoutDetector;
import uk.datashares.reference.Text;
import uk.datashares.vocabulary.SheetKind;

/**
 * Recognises the sheets of one workbook, in order: by tab name, else by title (reference
 * README), else by the title the workbook's contents sheet lists the sheet under, else by its
 * header (SPEC §2: "by their name and their title/header text"). A table sheet whose name says
 * nothing ("Table_5") and whose title row was lost (a re-save that kept only the header) is so
 * still recognised ("Table 5: Data shares with Home Office", or the heading "Number of
 * individuals requested by Home Office"). The scan and the read of a workbook each use one, so
 * both see the sheets alike.
 */
final class SheetRecogniser {

    private final SheetLayoutDetector detector;
    private final Map<String, String> listedTitles = new HashMap<>();

    SheetRecogniser(SheetLayoutDetector detector) {
        this.detector = detector;
    }

    Optional<SheetKind> recognise(String sheetName, List<SheetRow> top) {
        Optional<SheetKind> kind = detector.recognise(sheetName, top)
                .or(() -> Optional.ofNullable(listedTitles.get(Text.fold(sheetName))).flatMap(detector::recogniseTitle))
                .or(() -> detector.recogniseHeader(top));
        if (kind.isPresent() && kind.get() == SheetKind.METADATA) {
            remember(top);
        }
        return kind;
    }

    /**
     * The titles a contents sheet gives the sheets it lists: a row whose first text names a
     * sheet and whose next text is its title. Rows of other metadata sheets give keys no sheet
     * has ("note 1"), which are never asked for.
     */
    private void remember(List<SheetRow> top) {
        for (SheetRow row : top) {
            List<String> texts = new ArrayList<>();
            for (CellValue cell : row.cells()) {
                if (cell != null && !cell.text().isBlank()) {
                    texts.add(cell.text());
                }
            }
            if (texts.size() >= 2) {
                listedTitles.putIfAbsent(Text.fold(texts.get(0)), texts.get(1));
            }
        }
    }
}
