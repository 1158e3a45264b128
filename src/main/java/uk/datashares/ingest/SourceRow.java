package uk.datashares.ingest;

import uk.datashares.ingest.layout.SheetLayout;

/**
 * A data row below a sheet's header, with the layout that says what its cells are and the
 * sheet's position in its workbook (rows are ordered by file, sheet position and row).
 */
public record SourceRow(SheetLayout layout, String fileSha256, int sheetIndex, boolean date1904, SheetRow row) {
}
