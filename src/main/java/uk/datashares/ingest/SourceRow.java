package uk.datashares.ingest;

import uk.datashares.ingest.layout.SheetLayout;

/** A data row below a sheet's header, with the layout that says what its cells are. */
public record SourceRow(SheetLayout layout, String fileSha256, boolean date1904, SheetRow row) {
}
