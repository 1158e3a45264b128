package uk.datashares.ingest.layout;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.datashares.vocabulary.Field;
import uk.datashares.vocabulary.SheetKind;

/**
 * Where the data of one sheet is: its kind, its header row and the field of each column.
 * METADATA sheets and sheets without a header row have no columns.
 */
public record SheetLayout(String file, String sheet, SheetKind kind, int headerRow, List<ColumnMapping> columns) {

    public SheetLayout {
        columns = List.copyOf(columns);
    }

    public Map<Field, Integer> fieldColumns() {
        Map<Field, Integer> map = new EnumMap<>(Field.class);
        for (ColumnMapping column : columns) {
            if (column.field() != Field.IGNORE) {
                map.putIfAbsent(column.field(), column.column());
            }
        }
        return map;
    }

    public Optional<ColumnMapping> column(Field field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }
}
