package uk.datashares.publish.tables;

import java.util.List;

/**
 * A filter column of a table: its vocabulary in labels.csv, the codes it crosses (in order),
 * and whether it has a Total row or instead names a default item (count_basis, whose items
 * overlap and must not be added up).
 */
public record FilterSpec(String column, String label, String hint, String vocabulary, List<String> codes, boolean total,
                         String defaultCode) {

    public static FilterSpec withTotal(String column, String label, String hint, String vocabulary, List<String> codes) {
        return new FilterSpec(column, label, hint, vocabulary, List.copyOf(codes), true, null);
    }

    public static FilterSpec withDefault(String column, String label, String hint, String vocabulary, List<String> codes,
                                         String defaultCode) {
        return new FilterSpec(column, label, hint, vocabulary, List.copyOf(codes), false, defaultCode);
    }
}
