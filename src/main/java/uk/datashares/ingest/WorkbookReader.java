package uk.datashares.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One spreadsheet file read as a stream of sheets, each a stream of rows, in workbook order.
 * Asking for the next sheet skips whatever is left of the current one. Readers never hold a
 * whole sheet in memory.
 */
public interface WorkbookReader extends Closeable {

    Path file();

    /** The next sheet, or {@code null} after the last. */
    SheetReader nextSheet() throws IOException;
}
