package uk.datashares.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import uk.datashares.ingest.layout.SheetLayoutDetector;

/** The first non-blank rows of a sheet, where titles, notes and the header stand. */
public final class TopRows {

    private TopRows() {
    }

    public static List<SheetRow> read(SheetReader sheet) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        SheetRow row;
        while (rows.size() < SheetLayoutDetector.HEADER_SEARCH_ROWS && (row = sheet.nextRow()) != null) {
            rows.add(row);
        }
        return rows;
    }
}
