package uk.datashares.ingest;

import java.util.List;
import java.util.Optional;

import uk.datashares.ingest.layout.SheetLayout;
import uk.datashares.normalise.LevelLookup;
import uk.datashares.vocabulary.SheetKind;

/**
 * What the top of every sheet of one file says: each sheet's kind and layout, the edition
 * wording found in titles, and the edition's own data-level lookup when the file has one.
 */
public record WorkbookScan(String file, List<SheetScan> sheets, List<WordingHit> wording, LevelLookup levels) {

    /** One sheet: its kind (empty when no rule recognises it) and, for table sheets, its layout. */
    public record SheetScan(String name, Optional<SheetKind> kind, Optional<SheetLayout> layout) {
    }

    /**
     * A cell above a sheet's header (or near the top of a sheet without one) whose text names the
     * edition. {@code note}: it stands on a notes sheet, whose notes speak of other dates ("the
     * route opened at the end of September 2018"), so it counts only when nothing else names an edition.
     */
    public record WordingHit(String sheet, int row, String text, uk.datashares.edition.Edition edition, boolean note) {
    }
}
