package uk.datashares.ingest;

import uk.datashares.ingest.layout.SheetLayout;

/**
 * A data row below a sheet's header, with the layout that says what its cells are, its file's
 * position among the edition's files and its sheet's position in its workbook (rows are read in
 * order of file, sheet and row, so these three positions only ever increase).
 */
public record SourceRow(SheetLayout layout, String fileSha256, int fileIndex, int sheetIndex, boolean date1904, SheetRow row) {
}
