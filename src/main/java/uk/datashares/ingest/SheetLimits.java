package uk.datashares.ingest;

/** Bounds no real register comes near, which keep a hostile file from costing memory. */
final class SheetLimits {

    /** Cells beyond this column are ignored (real registers have about fifteen columns). */
    static final int MAX_COLUMNS = 1024;

    /** The most rows a sheet can have in Excel or LibreOffice. */
    static final int MAX_ROWS = 1_048_576;

    private SheetLimits() {
    }
}
