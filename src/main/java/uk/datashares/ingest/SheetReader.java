package uk.datashares.ingest;

import java.io.IOException;

/** The rows of one sheet, read forwards once. */
public interface SheetReader {

    String name();

    /** Whether date serials of this workbook count from 1904 (Mac Excel) rather than 1900. */
    boolean date1904();

    /** The next row with at least one non-blank cell, or {@code null} at the end of the sheet. */
    SheetRow nextRow() throws IOException;
}
