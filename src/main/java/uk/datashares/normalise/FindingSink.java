package uk.datashares.normalise;

/** Collects the findings of one row, adding where it was read. */
public interface FindingSink {

    void add(FindingKind kind, String field, String rawValue, String reason);

    default void unmapped(String field, String rawValue, String table) {
        add(FindingKind.UNMAPPED_VALUE, field, rawValue, "no row of " + table + " maps it");
    }
}
