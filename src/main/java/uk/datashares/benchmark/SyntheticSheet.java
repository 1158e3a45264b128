package uk.datashares.benchmark;

import java.io.IOException;
import java.util.List;

/**
 * One sheet of a synthetic edition as text cells, top to bottom: its title lines, header,
 * data rows and footnotes. The rows are produced on demand, never held, so an edition of any
 * size is written in bounded memory.
 *
 * @param name the tab's name
 * @param fileSuffix the name the sheet's CSV file ends with when exported one file per sheet
 * @param columns the table's width
 * @param rows writes the sheet's rows to a sink, in order
 */
public record SyntheticSheet(String name, String fileSuffix, int columns, Rows rows) {

    /** Something that receives a sheet's rows in order. */
    @FunctionalInterface
    public interface RowSink {
        void row(List<String> cells) throws IOException;
    }

    /** Writes a sheet's rows to a sink. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowSink sink) throws IOException;
    }
}
